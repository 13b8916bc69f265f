//! The lesson pane: the title, one-line summary and explanation (`lesson.md`) of the gallery lesson the
//! work started from, beside the code, with the lesson's own permalink (following it opens the lesson
//! as shipped; the page keeps the current work as previous work). Lesson text becomes text nodes only
//! (see `crate::markdown`).
//!
//! It says honestly what is in the editors: once they differ from the lesson, the title reads "Your
//! code (edited from: …)" and "Reset lesson" puts the lesson back (the edited work is kept as previous
//! work). The text collapses to its title bar, so the editors get the room; the choice is remembered.

use leptos::prelude::*;

use super::examples::open_lesson;
use super::layout::{MaximizeButton, is_maximized};
use super::state::use_state;
use crate::gallery;
use crate::markdown::{Block, Inline, blocks, inlines};

const OPEN_KEY: &str = "ormplay-lesson-open";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

#[component]
pub fn LessonPane() -> impl IntoView {
    let state = use_state();
    if let Some(saved) = storage().and_then(|s| s.get_item(OPEN_KEY).ok().flatten()) {
        state.lesson_open.set(saved != "false");
    }
    Effect::new(move |_| {
        let open = state.lesson_open.get();
        if let Some(s) = storage() {
            let _ = s.set_item(OPEN_KEY, if open { "true" } else { "false" });
        }
    });
    let lesson = move || state.example.get().as_deref().and_then(gallery::find);
    let edited = move || state.lesson_edited();
    let open = state.lesson_open;
    let toggle = move |_| open.update(|o| *o = !*o);
    let reset = move |_| {
        if let Some(l) = lesson() {
            open_lesson(state, l);
        }
    };
    let title = move || match lesson() {
        Some(l) if edited() => format!("Your code (edited from: {})", l.title),
        Some(l) => format!("Lesson: {}", l.title),
        None => "Your own code".to_string(),
    };
    view! {
        <section
            class="pane lesson-pane"
            class:collapsed=move || !open.get()
            class:maximized=is_maximized(state, "lesson")
            aria-labelledby="lesson-title"
            data-testid="lesson"
        >
            <header class="pane-head">
                <button
                    class="collapse"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="lesson-body"
                    data-testid="lesson-toggle"
                    title=move || if open.get() { "Hide the lesson text" } else { "Show the lesson text" }
                    on:click=toggle
                >
                    <span class="chevron" aria-hidden="true">{move || if open.get() { "▾" } else { "▸" }}</span>
                    <h2 id="lesson-title" data-testid="lesson-title">{title}</h2>
                </button>
                {move || lesson().map(|l| view! {
                    <span class="muted small lesson-summary">{l.summary}</span>
                    {edited().then(|| view! {
                        <button class="button small" data-testid="reset-lesson" on:click=reset
                            title="Put the lesson's code back (your edited work is kept as previous work)">
                            "Reset lesson"
                        </button>
                    })}
                    <a
                        class="lesson-link small"
                        data-testid="lesson-link"
                        href=format!("#{}", l.link())
                        title="This lesson's own permalink: opens it as the lesson ships (your work is kept as previous work)"
                    >
                        "Lesson link"
                    </a>
                })}
                <MaximizeButton pane="lesson" label="the lesson"/>
            </header>
            <div class="pane-body lesson-text scroll" id="lesson-body" tabindex="0" hidden=move || !open.get()>
                {move || match lesson() {
                    Some(l) => render(l.explanation).into_any(),
                    None => view! {
                        <p class="muted">
                            "Edit models.py and script.py: every pause in typing re-runs them. Pick a lesson from "
                            "the examples menu to learn one relationship pattern at a time."
                        </p>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}

fn inline_view(text: &str) -> impl IntoView + use<> {
    inlines(text)
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(t) => t.into_any(),
            Inline::Code(c) => view! { <code>{c}</code> }.into_any(),
            Inline::Bold(b) => view! { <strong>{b}</strong> }.into_any(),
        })
        .collect_view()
}

/// A lesson explanation as views.
fn render(text: &str) -> impl IntoView + use<> {
    blocks(text)
        .into_iter()
        .map(|block| match block {
            Block::Heading(h) => view! { <h3>{inline_view(&h)}</h3> }.into_any(),
            Block::Paragraph(p) => view! { <p>{inline_view(&p)}</p> }.into_any(),
            Block::List(items) => {
                view! { <ul>{items.iter().map(|i| view! { <li>{inline_view(i)}</li> }).collect_view()}</ul> }.into_any()
            }
            Block::Code(c) => view! { <pre class="lesson-code">{c}</pre> }.into_any(),
        })
        .collect_view()
}
