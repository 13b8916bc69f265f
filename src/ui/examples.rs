//! The examples picker in the header: the gallery's lessons (`crate::gallery::LESSONS`), in order.
//!
//! Opening a lesson replaces both editors, so edited work is first kept as "previous work" (the banner
//! offers the way back), exactly as when a link is opened; then the lesson runs at once.

use leptos::prelude::*;

use super::persist::keep_previous;
use super::runner::run_now;
use super::state::{AppState, Notice, use_state};
use crate::gallery::{self, Lesson};

/// Opens `lesson`, keeping edited work as previous work.
pub fn open_lesson(state: AppState, lesson: &Lesson) {
    let current = state.snapshot();
    let untouched = current.models.trim().is_empty() && current.script.trim().is_empty()
        || gallery::LESSONS.iter().any(|l| l.models == current.models && l.script == current.script);
    if untouched {
        state.notice.set(None);
    } else {
        keep_previous(state, current);
        state.notice.set(Some(Notice::with_previous(format!(
            "Opened the lesson “{}”. Your edited work is kept: you can go back to it.",
            lesson.title
        ))));
    }
    state.apply(lesson.state());
    run_now(state);
}

#[component]
pub fn ExamplesPicker() -> impl IntoView {
    let state = use_state();
    let on_change = move |ev| {
        if let Some(lesson) = gallery::find(&event_target_value(&ev)) {
            open_lesson(state, lesson);
        }
    };
    // Edited code is no longer the lesson: the picker says so, and picking the lesson again resets it.
    let custom = move || state.example.with(Option::is_none) || state.lesson_edited();
    let custom_label = move || match state.example.get().as_deref().and_then(gallery::find) {
        Some(l) if state.lesson_edited() => format!("Your code (edited from: {})", l.title),
        _ => "Your own code".to_string(),
    };
    view! {
        <label class="picker">
            <span class="visually-hidden">"Example"</span>
            <select
                data-testid="examples"
                title="Open a lesson"
                on:change=on_change
                prop:value=move || if custom() { String::new() } else { state.example.get().unwrap_or_default() }
            >
                <option value="" disabled=true hidden=move || !custom()>{custom_label}</option>
                {gallery::LESSONS
                    .iter()
                    .map(|l| view! { <option value=l.id title=l.summary>{l.title}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
