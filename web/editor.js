// The code editor the page embeds: CodeMirror 6, bundled by esbuild into an IIFE global
// `window.OrmplayEditor` (see package.json `bundle-editor`), and driven from Rust through a small
// wasm-bindgen interface (src/ui/editor/js.rs). The Rust side owns all state; this file only turns
// CodeMirror into a handful of plain methods that take plain values (strings, numbers, arrays).
//
// API:
//   OrmplayEditor.create(parent, doc, onChange, onLine, label) -> handle   (label: the accessible name)
//     onLine(n): the line the person is pointing at (mouse hover), else the cursor's line while the
//     editor has focus, else 0; called when it changes (the diagram highlights that line's edges)
//     handle.getValue() -> string
//     handle.setValue(text)
//     handle.setDiagnostics([{from_line, from_col, to_line, to_col, severity, message}])  (1-based)
//     handle.highlightLines([lineNumber, ...], reveal)     (1-based; reveal scrolls the first into view)
//     handle.scrollToLine(n)
//     handle.focus()
//     handle.lineAt(clientX, clientY) -> n   (1-based line at that point, 0 for none)
//   The handle is also stored as `parent.ormplayEditor`, so tests can reach it from the DOM.

import { EditorState, StateEffect, StateField, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView,
  Decoration,
  ViewPlugin,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
  HighlightStyle,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { search, searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { python } from "@codemirror/lang-python";
import { tags as t } from "@lezer/highlight";

// Token colours come from CSS variables (style/main.css), so the light/dark toggle restyles the
// editors without reconfiguring them.
const highlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: "var(--tok-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--tok-string)" },
  { tag: [t.number, t.bool, t.null], color: "var(--tok-number)" },
  { tag: t.comment, color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.definition(t.className), t.className], color: "var(--tok-class)" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--tok-function)" },
  { tag: [t.definition(t.variableName)], color: "var(--tok-definition)" },
  { tag: [t.propertyName], color: "var(--tok-property)" },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--tok-punct)" },
  { tag: t.self, color: "var(--tok-keyword)", fontStyle: "italic" },
  { tag: t.invalid, color: "var(--danger)" },
]);

const theme = EditorView.theme({
  "&": { height: "100%", backgroundColor: "var(--editor-bg)", color: "var(--text)" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55" },
  ".cm-content": { caretColor: "var(--accent)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--accent)" },
  ".cm-gutters": { backgroundColor: "var(--editor-gutter)", color: "var(--muted)", border: "none" },
  ".cm-activeLine": { backgroundColor: "var(--editor-active)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--editor-active)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": {
    backgroundColor: "var(--editor-selection) !important",
  },
  ".cm-ormplay-highlight": { backgroundColor: "var(--editor-highlight)" },
  ".cm-panels": { backgroundColor: "var(--surface-2)", color: "var(--text)" },
  ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border)" },
  // Lint messages wrap at a readable width instead of stretching across the window.
  ".cm-tooltip-lint, .cm-tooltip-hover": { maxWidth: "min(46ch, 90vw)", whiteSpace: "pre-wrap" },
});

// Highlighted lines (for example the statement a step-through is on) as line decorations.
const setHighlightedLines = StateEffect.define();
const highlightedLines = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    decorations = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(setHighlightedLines)) decorations = lineDecorations(tr.state.doc, effect.value);
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const highlightMark = Decoration.line({ class: "cm-ormplay-highlight" });

function lineDecorations(doc, lines) {
  const builder = new RangeSetBuilder();
  const wanted = [...new Set(lines.map(Number))].filter((n) => n >= 1 && n <= doc.lines).sort((a, b) => a - b);
  for (const n of wanted) builder.add(doc.line(n).from, doc.line(n).from, highlightMark);
  return builder.finish();
}

// Wrapped lines continue under their own indentation plus one level (a hanging indent), so a long
// `relationship(...)` call that wraps still reads as Python. Only the visible lines are decorated.
const hangCache = new Map();
function hangDecoration(columns) {
  if (!hangCache.has(columns)) {
    const style = `padding-left: calc(${columns}ch + 6px); text-indent: -${columns}ch`;
    hangCache.set(columns, Decoration.line({ attributes: { style } }));
  }
  return hangCache.get(columns);
}

function hangingIndents(view) {
  const builder = new RangeSetBuilder();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      const indent = /^[ \t]*/.exec(line.text)[0].replace(/\t/g, "    ").length;
      builder.add(line.from, line.from, hangDecoration(indent + 4));
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const hangingIndent = ViewPlugin.fromClass(
  class {
    constructor(view) {
      this.decorations = hangingIndents(view);
    }
    update(update) {
      if (update.docChanged || update.viewportChanged) this.decorations = hangingIndents(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

// Text inserted in one go (a paste, a drop, Playwright's keyboard.insertText, dictation) must land
// exactly as given. CodeMirror treats an `insertText` input event as typing, and typing runs
// indent-on-input and bracket closing; so multi-character inserts are re-dispatched as a paste.
const exactInsert = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const data = event.data;
    if (event.inputType !== "insertText" || typeof data !== "string" || data.length < 2) return false;
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(data), { userEvent: "input.paste", scrollIntoView: true });
    return true;
  },
});

// A 1-based line and character column to a document offset, clamped to the document.
function offsetOf(doc, line, col) {
  const n = Math.min(Math.max(1, Math.floor(Number(line) || 1)), doc.lines);
  const text = doc.line(n);
  // Columns count characters (code points), CodeMirror counts UTF-16 units.
  let offset = 0;
  let chars = 1;
  for (const ch of text.text) {
    if (chars >= Number(col)) break;
    offset += ch.length;
    chars += 1;
  }
  return text.from + offset;
}

const SEVERITIES = new Set(["error", "warning", "info", "hint"]);

function toCmDiagnostic(doc, d) {
  const from = offsetOf(doc, d.from_line, d.from_col);
  let to = offsetOf(doc, d.to_line ?? d.from_line, d.to_col ?? d.from_col);
  if (to < from) to = from;
  const severity = SEVERITIES.has(d.severity) ? d.severity : "error";
  return { from, to, severity, message: String(d.message ?? "") };
}

// Reports the line under the mouse, or the cursor's line while focused (see onLine above).
function lineTracker(onLine) {
  if (typeof onLine !== "function") return [];
  let hover = 0;
  let last = 0;
  const report = (view) => {
    const cursor = view.hasFocus ? view.state.doc.lineAt(view.state.selection.main.head).number : 0;
    const line = hover || cursor;
    if (line !== last) {
      last = line;
      onLine(line);
    }
  };
  return [
    EditorView.domEventHandlers({
      mousemove(event, view) {
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        hover = pos === null ? 0 : view.state.doc.lineAt(pos).number;
        report(view);
        return false;
      },
      mouseleave(event, view) {
        hover = 0;
        report(view);
        return false;
      },
    }),
    EditorView.updateListener.of((update) => {
      if (update.selectionSet || update.focusChanged || update.docChanged) report(update.view);
    }),
  ];
}

function extensions(onChange, onLine) {
  return [
    lineTracker(onLine),
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    lintGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    EditorState.tabSize.of(4),
    indentUnit.of("    "),
    indentOnInput(),
    syntaxHighlighting(highlightStyle),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    // Panes are narrow beside each other; wrapping keeps long relationship() calls readable.
    EditorView.lineWrapping,
    hangingIndent,
    search({ top: true }),
    python(),
    exactInsert,
    highlightedLines,
    theme,
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && typeof onChange === "function") onChange(update.state.doc.toString());
    }),
  ];
}

export function create(parent, doc, onChange, onLine, label) {
  // An accessible name, and an explicit tabindex so the scrolling region counts as focusable.
  const named = EditorView.contentAttributes.of({ "aria-label": String(label ?? "Code"), tabindex: "0" });
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: String(doc ?? ""), extensions: [named, extensions(onChange, onLine)] }),
  });
  // The diagnostics last set, as text, and the document they were set on (see setDiagnostics).
  let shownDiagnostics = { key: "[]", doc: view.state.doc };
  const handle = {
    view,
    getValue: () => view.state.doc.toString(),
    setValue(text) {
      const insert = String(text ?? "");
      if (insert === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert } });
    },
    setDiagnostics(list) {
      const doc = view.state.doc;
      const items = Array.isArray(list) ? list.map((d) => toCmDiagnostic(doc, d)) : [];
      // Every run sets them, mostly to what is already shown (none, or the same on the same text). A
      // dispatch re-reads the DOM selection, which forces a style and layout pass of the whole page
      // just as a run's tables and diagram were inserted (0.35 s on a 100-table cold open): skip it
      // when nothing would change. An empty set stays empty through edits; a non-empty one is kept
      // only while the document is the very one it was set on (the lint state maps it through edits).
      const key = JSON.stringify(items);
      if (key === shownDiagnostics.key && (items.length === 0 || doc === shownDiagnostics.doc)) return;
      shownDiagnostics = { key, doc };
      view.dispatch(setDiagnostics(view.state, items));
    },
    highlightLines(lines, reveal) {
      // From Rust a Vec<u32> arrives as a Uint32Array: accept any array-like.
      const list = lines && typeof lines.length === "number" ? Array.from(lines) : [];
      const effects = [setHighlightedLines.of(list)];
      const first = Math.min(...list.map(Number).filter((n) => n >= 1 && n <= view.state.doc.lines));
      // Scroll only as far as needed to show the first line, without moving the cursor.
      if (reveal && Number.isFinite(first)) effects.push(EditorView.scrollIntoView(view.state.doc.line(first).from, { y: "nearest" }));
      view.dispatch({ effects });
    },
    scrollToLine(n) {
      const pos = offsetOf(view.state.doc, n, 1);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
    },
    focus: () => view.focus(),
    // The 1-based line at a point of the page (a click's clientX/clientY), 0 if none.
    lineAt(x, y) {
      const pos = view.posAtCoords({ x: Number(x), y: Number(y) });
      return pos === null ? 0 : view.state.doc.lineAt(pos).number;
    },
  };
  parent.ormplayEditor = handle;
  return handle;
}
