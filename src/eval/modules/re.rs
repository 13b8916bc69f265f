//! The `re` module, on the `fancy-regex` crate (a backtracking engine with lookaround and
//! backreferences, like CPython's `sre`), with Python's syntax translated where the dialects differ
//! ([`translate`]).
//!
//! What is Python's own is implemented here: positions are counted in characters, not bytes; the
//! iteration rule for empty matches (`re.sub('x*', '-', 'abxd')` is `'-a-b--d-'`: an empty match may
//! follow a non-empty one, but not another empty one at the same place); `match` anchored at `pos`,
//! `fullmatch`, `endpos`; replacement templates (`\1`, `\g<name>`); `findall`'s shape by group
//! count; `split` keeping captured groups. Pattern and Match objects are instances of helper classes
//! with the native state in their `native` slot.

mod check;
mod objects;
mod translate;

use crate::eval::ExcType;
use crate::eval::call::{expect_args, take_keyword};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use fancy_regex::Regex;
use std::rc::Rc;

pub use objects::{MatchData, PatternData};

/// The byte span of each group of one match (group 0 is the whole match).
pub type Spans = Vec<Option<(usize, usize)>>;

pub const IGNORECASE: i64 = 2;
/// `re.ASCII`: `\w`, `\d`, `\s`, `\b` match ASCII only.
pub const ASCII: i64 = 256;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const VERBOSE: i64 = 64;

pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("re"));
    let flags: &[(&str, i64)] = &[
        ("I", IGNORECASE),
        ("IGNORECASE", IGNORECASE),
        ("L", 4),
        ("LOCALE", 4),
        ("M", MULTILINE),
        ("MULTILINE", MULTILINE),
        ("S", DOTALL),
        ("DOTALL", DOTALL),
        ("U", 32),
        ("UNICODE", 32),
        ("X", VERBOSE),
        ("VERBOSE", VERBOSE),
        ("A", 256),
        ("ASCII", ASCII),
        ("NOFLAG", 0),
    ];
    // The flags are `re.RegexFlag` members (an IntFlag printed `re.IGNORECASE|re.MULTILINE`).
    let flag_class = match interp.import_module("_re_flags")? {
        Value::Module(helper) => helper.get("RegexFlag"),
        _ => None,
    };
    for (name, value) in flags {
        let member = match &flag_class {
            Some(class) => interp.get_attr(class, name)?,
            None => Value::Int(*value),
        };
        m.set(name, member);
    }
    if let Some(class) = flag_class {
        m.set("RegexFlag", class);
    }
    let error = interp.create_class("error", vec![interp.types.exception(ExcType::Exception)], Default::default())?;
    m.set("error", Value::Class(error));
    m.set("Pattern", Value::Class(interp.aux_class_in("re", "Pattern")));
    m.set("Match", Value::Class(interp.aux_class_in("re", "Match")));
    m.set("compile", Interp::builtin("compile", compile));
    m.set(
        "escape",
        Interp::builtin("escape", |i, a| {
            expect_args(i, "escape", &a, 1, 1)?;
            match &a.positional[0] {
                Value::Str(s) => Ok(Value::str(&translate::escape(s))),
                other => Err(i.type_error(format!("expected string, not {}", other.type_name()))),
            }
        }),
    );
    m.set("purge", Interp::builtin("purge", |_, _| Ok(Value::None)));
    // The module-level functions compile their pattern, then call the Pattern method of the same name.
    let delegating: &[(&str, usize)] = &[
        ("match", 2),
        ("fullmatch", 2),
        ("search", 2),
        ("findall", 2),
        ("finditer", 2),
        ("split", 2),
        ("sub", 3),
        ("subn", 3),
    ];
    for (name, arity) in delegating {
        let (name, arity) = (*name, *arity);
        m.set(name, Interp::builtin(name, move |i, a| module_function(i, name, arity, a)));
    }
    Ok(m)
}

/// `re.NAME(pattern, *args, flags=0)` as `re.compile(pattern, flags).NAME(*args)`.
fn module_function(interp: &mut Interp, name: &str, arity: usize, mut args: Args) -> PyResult<Value> {
    let flags = take_keyword(&mut args, "flags");
    let extra_flags = if args.positional.len() > arity { args.positional.pop() } else { None };
    let flags = flags.or(extra_flags).unwrap_or(Value::Int(0));
    if args.positional.is_empty() {
        return Err(interp.type_error(format!("{name}() missing required argument 'pattern' (pos 1)")));
    }
    let pattern = args.positional.remove(0);
    let compiled = compile(interp, Args::positional(vec![pattern, flags]))?;
    let method = interp.get_attr(&compiled, name)?;
    interp.call(&method, args)
}

/// `re.compile(pattern, flags=0)`.
fn compile(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let flags_kw = take_keyword(&mut args, "flags");
    expect_args(interp, "compile", &args, 1, 2)?;
    let flags = match flags_kw.or_else(|| args.positional.get(1).cloned()) {
        None => 0,
        Some(v) => match crate::eval::subclass::plain(&v) {
            Value::Int(n) => n,
            other => {
                return Err(
                    interp.type_error(format!("unsupported operand type(s) for &: '{}' and 'int'", other.type_name()))
                );
            }
        },
    };
    let source = match &args.positional[0] {
        Value::Str(s) => s.clone(),
        pattern @ Value::Instance(_) if objects::pattern_data(pattern).is_some() => return Ok(pattern.clone()),
        other => {
            return Err(interp
                .type_error(format!("first argument must be string or compiled pattern, not {}", other.type_name())));
        }
    };
    let build = |full: bool| {
        let translated = translate::translate(&source, flags & MULTILINE != 0, flags & ASCII != 0);
        let text = if full { format!("(?:{translated})\\z") } else { translated };
        fancy_regex::RegexBuilder::new(&text)
            .case_insensitive(flags & IGNORECASE != 0)
            .multi_line(flags & MULTILINE != 0)
            .dot_matches_new_line(flags & DOTALL != 0)
            .verbose_mode(flags & VERBOSE != 0)
            .backtrack_limit(1_000_000)
            .build()
    };
    interp.charge(source.len())?;
    if let Some((message, at)) = check::mistake(&source, flags & VERBOSE != 0) {
        return Err(re_error_at(interp, &message, &source, at));
    }
    let (regex, full) = match (build(false), build(true)) {
        (Ok(r), Ok(f)) => (r, f),
        (Err(e), _) | (_, Err(e)) => return Err(re_error(interp, &e.to_string())),
    };
    // Python group names are identifiers (fancy-regex accepts `(?P<1>…)`).
    for name in regex.capture_names().flatten() {
        let mut chars = name.chars();
        let valid = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || c == '_');
        if !valid {
            return Err(re_error(interp, &format!("bad character in group name '{name}'")));
        }
    }
    Ok(objects::make_pattern(interp, PatternData::new(source, flags, regex, full)))
}

/// `re.error` at a position of the pattern: CPython's text (`... at position 4`, with the line and
/// column when the pattern has several lines) and its `msg`, `pattern`, `pos`, `lineno`, `colno`.
fn re_error_at(interp: &mut Interp, message: &str, pattern: &str, pos: usize) -> Box<crate::eval::Exc> {
    let before: Vec<char> = pattern.chars().take(pos).collect();
    let lineno = 1 + before.iter().filter(|&&c| c == '\n').count();
    let colno = pos - before.iter().rposition(|&c| c == '\n').map_or(0, |k| k + 1) + 1;
    let mut text = format!("{message} at position {pos}");
    if pattern.contains('\n') {
        text = format!("{text} (line {lineno}, column {colno})");
    }
    re_error(interp, &text).with_fields([
        ("msg", Value::str(message)),
        ("pattern", Value::str(pattern)),
        ("pos", Value::Int(pos as i64)),
        ("lineno", Value::Int(lineno as i64)),
        ("colno", Value::Int(colno as i64)),
    ])
}

/// Raises `re.error` with `message`.
fn re_error(interp: &mut Interp, message: &str) -> Box<crate::eval::Exc> {
    let class = match interp.import_module("re") {
        Ok(Value::Module(m)) => match m.get("error") {
            Some(Value::Class(c)) => c,
            _ => interp.types.exception(ExcType::ValueError),
        },
        _ => interp.types.exception(ExcType::ValueError),
    };
    let exc = crate::eval::Exc::new(interp.make_exception(&class, vec![Value::str(message)]));
    let unknown = ["pattern", "pos", "lineno", "colno"].map(|k| (k, Value::None));
    exc.with_fields(std::iter::once(("msg", Value::str(message))).chain(unknown))
}

/// One search for `regex` in `text[..end]` from byte `start`: the byte spans of every group.
fn search_at(
    interp: &mut Interp,
    regex: &Regex,
    text: &str,
    start: usize,
    end: usize,
    anchored: bool,
) -> PyResult<Option<Spans>> {
    let hay = text.get(..end).unwrap_or(text);
    interp.charge(1 + (hay.len().saturating_sub(start)) / 32)?;
    let input = fancy_regex::RegexInput::new(hay).from_pos(start.min(hay.len())).anchored(anchored);
    match regex.captures_input(input) {
        Ok(Some(caps)) => Ok(Some((0..caps.len()).map(|g| caps.get(g).map(|m| (m.start(), m.end()))).collect())),
        Ok(None) => Ok(None),
        Err(e) => Err(re_error(interp, &e.to_string())),
    }
}

/// Every match from byte `start` to `end`, under Python's rule for empty matches.
fn all_matches(
    interp: &mut Interp,
    regex: &Regex,
    text: &str,
    start: usize,
    end: usize,
    limit: usize,
) -> PyResult<Vec<Spans>> {
    let mut out = Vec::new();
    let mut pos = start;
    let mut empty_at: Option<usize> = None;
    while pos <= end && (limit == 0 || out.len() < limit) {
        let Some(spans) = search_at(interp, regex, text, pos, end, false)? else { break };
        let Some((s, e)) = spans.first().copied().flatten() else { break };
        if s == e && empty_at == Some(s) {
            // An empty match where the previous one was: retry one character further on.
            let Some(c) = text.get(s..end).and_then(|rest| rest.chars().next()) else { break };
            pos = s + c.len_utf8();
            empty_at = None;
            continue;
        }
        empty_at = (s == e).then_some(s);
        pos = e;
        out.push(spans);
        crate::eval::Interp::check_size(interp, out.len())?;
    }
    Ok(out)
}

/// Character offset of byte offset `byte` in `text`.
pub(crate) fn char_index(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

/// Byte offset of character offset `index` (clamped to the text).
pub(crate) fn byte_index(text: &str, index: i64) -> usize {
    let count = text.chars().count() as i64;
    let index = if index < 0 { (index + count).max(0) } else { index.min(count) } as usize;
    text.char_indices().nth(index).map_or(text.len(), |(b, _)| b)
}
