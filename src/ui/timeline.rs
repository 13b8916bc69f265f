//! The run timeline tab (issue 13): step through what each statement did. Buttons, a slider and the
//! ←/→ keys move between steps; the editor highlights the step's statement. Each step shows its
//! flush / commit / rollback markers, its echo-style log (SQL and printed output interleaved, with
//! filters; `timeline/log.rs`), the tables at that point with the step's changes marked and deleted
//! rows kept as labelled ghosts (`timeline/tables.rs`), and the session's objects
//! (`timeline/objects.rs`). The end state stays the default view: the output tab lists a "what
//! changed" line per commit ([`CommitSummaries`]) that opens the timeline at that commit.
//!
//! Everything shown is the core's plain data ([`crate::trace`]) rendered as text.

pub(crate) mod log;
mod objects;
mod tables;

use leptos::prelude::*;

use super::runtime::Reply;
use super::state::{AppState, use_state};
use crate::source::FileId;
use crate::trace::replay::tables_at;
use crate::trace::{Marker, Step, Trace};
use crate::wire::{Request, Response};

/// The last run's trace (tracked), if the run recorded one — while the timeline tab is shown. A big
/// run's trace is large (every step's SQL, rows and objects): the runtime keeps it and sends it only
/// when the tab is open ([`load_trace`]); copying and comparing it for a hidden tab is work nobody
/// sees. (The output tab's commit lines come with the run.)
fn trace_memo(state: AppState) -> Memo<Option<Trace>> {
    Memo::new(move |_| {
        if state.run_tab.get() != "timeline" {
            return None;
        }
        let key = state.run.with(|r| r.as_ref().map_or(0, |r| r.trace_key));
        state.trace.with(|t| t.as_ref().filter(|(kept, _)| key != 0 && *kept == key).map(|(_, t)| t.clone()))
    })
}

/// While the timeline tab is open, asks the runtime for the shown run's timeline if the page does not
/// have it yet.
fn load_trace(state: AppState) {
    let asked = StoredValue::new(0u64);
    Effect::new(move |_| {
        if state.run_tab.get() != "timeline" {
            return;
        }
        let key = state.run.with(|r| r.as_ref().map_or(0, |r| r.trace_key));
        let have = state.trace.with_untracked(|t| t.as_ref().is_some_and(|(kept, _)| *kept == key));
        if key == 0 || have || asked.get_value() == key {
            return;
        }
        let Some(runtime) = state.runtime() else { return };
        asked.set_value(key);
        runtime.request(&Request::Trace { key }, move |reply| {
            if let Reply::Answer(Response::Trace { trace: Some(trace) }) = reply {
                state.trace.set(Some((key, *trace)));
                if let Some((file, line)) = state.pending_line.get_value() {
                    select_line(state, file, line);
                }
            } else {
                // Not there (the runtime was replaced or ran again): a later run's key asks afresh.
                asked.set_value(0);
            }
        });
    });
}

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    load_trace(state);
    let trace = trace_memo(state);
    let step = state.timeline_step;
    let count = move || trace.with(|t| t.as_ref().map_or(0, |t| t.steps.len()));
    let last = move || count().saturating_sub(1);
    let go = move |to: usize| step.set(to.min(last()));
    // The step shown (clamped: a new run may have fewer steps).
    let current = Memo::new(move |_| {
        let at = step.get().min(last());
        trace.with(|t| t.as_ref().and_then(|t| t.steps.get(at).cloned().map(|s| (at, s))))
    });
    // The diagram lights up the relationships behind the step's changes while the timeline is open.
    Effect::new(move |_| {
        let open = state.run_tab.get() == "timeline";
        let lines = current.with(|c| match c {
            Some((_, s)) if open => state.with_run(|r| r.map(|r| s.relationship_lines(&r.diagram)).unwrap_or_default()),
            _ => Vec::new(),
        });
        if state.cause_lines.with_untracked(|l| *l != lines) {
            state.cause_lines.set(lines);
        }
    });
    // The editor follows the step while the timeline is open.
    Effect::new(move |_| {
        if state.run_tab.get() != "timeline" {
            return;
        }
        if let Some((_, s)) = current.get() {
            let lines = step_lines(state, &s);
            state.with_editor(s.file, |editor| editor.highlight_lines(lines, true));
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // The slider moves itself with the arrow keys.
        let on_slider =
            ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()).is_some();
        let at = step.get_untracked().min(last());
        match ev.key().as_str() {
            "ArrowLeft" if !on_slider => {
                ev.prevent_default();
                go(at.saturating_sub(1));
            }
            "ArrowRight" if !on_slider => {
                ev.prevent_default();
                go(at + 1);
            }
            "Home" => go(0),
            "End" => go(last()),
            _ => {}
        }
    };
    let on_slider = move |ev: web_sys::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<usize>() {
            go(n);
        }
    };
    view! {
        <div class="timeline" data-testid="timeline" tabindex="0" on:keydown=on_key aria-label="Run timeline: ← and → move between steps">
            {move || (count() == 0).then(|| view! {
                <p class="empty">"Run the script to step through what each statement did."</p>
            })}
            {move || trace.with(|t| t.as_ref().filter(|t| t.capped).map(|t| view! {
                <p class="timeline-capped" data-testid="timeline-capped">
                    {format!("The timeline keeps the first {} of {} steps.", t.steps.len(), t.total_steps)}
                </p>
            }))}
            <div class="timeline-controls" hidden=move || count() == 0>
                <button class="button small" data-testid="timeline-prev" aria-label="Previous step (←)" title="Previous step (←)"
                    disabled=move || current.with(|c| c.as_ref().is_none_or(|(at, _)| *at == 0))
                    on:click=move |_| go(step.get_untracked().min(last()).saturating_sub(1))>"◀"</button>
                <input type="range" class="timeline-slider" data-testid="timeline-slider" aria-label="Step"
                    min="0" max=move || last().to_string() prop:value=move || step.get().min(last()).to_string()
                    on:input=on_slider/>
                <button class="button small" data-testid="timeline-next" aria-label="Next step (→)" title="Next step (→)"
                    disabled=move || current.with(|c| c.as_ref().is_none_or(|(at, _)| *at >= last()))
                    on:click=move |_| go(step.get_untracked() + 1)>"▶"</button>
                <span class="timeline-position" data-testid="timeline-position" aria-live="polite">
                    {move || current.get().map(|(at, s)| position_text(at, count(), &s))}
                </span>
            </div>
            {move || current.get().map(|(at, s)| {
                let tables = trace.with(|t| t.as_ref().map(|t| tables_at(t, at)).unwrap_or_default());
                step_view(s, tables)
            })}
        </div>
    }
}

/// `Step 4 of 11 · script.py line 7 (iteration 2) · flush, commit`
fn position_text(at: usize, count: usize, s: &Step) -> String {
    let file = match s.file {
        FileId::Models => "models.py",
        FileId::Script => "script.py",
    };
    let iteration = s.iteration.map(|n| format!(" (iteration {n})")).unwrap_or_default();
    let mut text = format!("Step {} of {count} · {file} line {}{iteration}", at + 1, s.line);
    if !s.markers.is_empty() {
        let names: Vec<&str> = s.markers.iter().map(|m| marker_name(*m)).collect();
        text.push_str(" · ");
        text.push_str(&names.join(", "));
    }
    text
}

fn marker_name(marker: Marker) -> &'static str {
    match marker {
        Marker::Flush => "flush",
        Marker::Commit => "commit",
        Marker::Rollback => "rollback",
    }
}

/// Selects the step of the statement on `line` of `file` (a click in the editor): its first step, or
/// when one of its steps is shown already, the next one (so clicks walk a loop's iterations, wrapping).
/// Before the shown run's timeline has arrived (the precomputed first view has none, and the runtime
/// sends it on request) the click is kept and applied when it lands.
pub fn select_line(state: AppState, file: FileId, line: u32) {
    let key = state.run.with_untracked(|r| r.as_ref().map_or(0, |r| r.trace_key));
    let steps: Option<Vec<usize>> = state.trace.with_untracked(|trace| {
        let trace = trace.as_ref().filter(|(kept, _)| key != 0 && *kept == key).map(|(_, t)| t)?;
        Some(
            trace
                .steps
                .iter()
                .enumerate()
                .filter(|(_, s)| s.file == file && step_lines(state, s).contains(&line))
                .map(|(i, _)| i)
                .collect(),
        )
    });
    let Some(steps) = steps else {
        state.pending_line.set_value(Some((file, line)));
        return;
    };
    state.pending_line.set_value(None);
    let at = state.timeline_step.get_untracked();
    let next = if steps.contains(&at) { steps.iter().find(|&&i| i > at).or(steps.first()) } else { steps.first() };
    if let Some(&next) = next {
        state.timeline_step.set(next);
    }
}

/// The lines of the step's statement.
fn step_lines(state: AppState, s: &Step) -> Vec<u32> {
    let text = state.text(s.file).get_untracked();
    let end = text.get(..(s.span.end as usize).min(text.len())).map_or(0, |t| t.matches('\n').count() as u32 + 1);
    (s.line..=end.max(s.line)).collect()
}

fn step_view(s: Step, tables: Vec<crate::trace::replay::StepTable>) -> impl IntoView {
    let markers = s.markers.clone();
    let error = s.error.clone();
    view! {
        <div class="timeline-step" data-testid="timeline-step" data-line=s.line.to_string()>
            <p class="timeline-markers">
                {markers.into_iter().map(|m| view! {
                    <span class=format!("marker marker-{}", marker_name(m)) data-testid="timeline-marker">{marker_name(m)}</span>
                }).collect_view()}
            </p>
            {error.map(|e| view! { <p class="timeline-error" role="alert">{format!("raised {e}")}</p> })}
            {tables::step_tables(&s, tables)}
            {log::step_log(&s)}
            {objects::objects_view(&s)}
        </div>
    }
}

/// The output tab's "what changed" list: one line per commit, each opening the timeline there.
#[component]
pub fn CommitSummaries() -> impl IntoView {
    let state = use_state();
    let summaries = Memo::new(move |_| state.run.with(|r| r.as_ref().map(|r| r.commits.clone()).unwrap_or_default()));
    move || {
        (!summaries.with(Vec::is_empty)).then(|| {
            view! {
                <h3 class="block-title">"What changed"</h3>
                <ul class="commit-summaries" data-testid="commit-summaries">
                    {summaries.get().into_iter().map(|c| {
                        let at = c.step;
                        let open = move |_| {
                            state.timeline_step.set(at);
                            state.run_tab.set("timeline");
                        };
                        view! {
                            <li><button class="link-button" data-testid="commit-summary" on:click=open title="Open the timeline at this commit">
                                {c.text}
                            </button></li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
