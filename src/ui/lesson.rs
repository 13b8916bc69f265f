//! The lesson pane: the title, one-line summary and explanation (`lesson.md`) of the gallery lesson the
//! work started from, beside the code, with the lesson's own permalink (following it opens the lesson
//! as shipped; the page keeps the current work as previous work). Lesson text becomes text nodes only
//! (see `crate::markdown`).

use leptos::prelude::*;

use super::state::use_state;
use crate::gallery;
use crate::markdown::{Block, Inline, blocks, inlines};

#[component]
pub fn LessonPane() -> impl IntoView {
    let state = use_state();
    let lesson = move || state.example.get().as_deref().and_then(gallery::find);
    view! {
        <section class="pane lesson-pane" aria-labelledby="lesson-title" data-testid="lesson">
            {move || match lesson() {
                Some(l) => view! {
                    <header class="pane-head">
                        <h2 id="lesson-title">"Lesson"</h2>
                        <span class="muted small lesson-summary">{l.summary}</span>
                        <a
                            class="lesson-link small"
                            data-testid="lesson-link"
                            href=format!("#{}", l.link())
                            title="This lesson's own permalink: opens it as the lesson ships (your work is kept as previous work)"
                        >
                            "Lesson link"
                        </a>
                    </header>
                    <div class="pane-body lesson-text">{render(l.explanation)}</div>
                }
                .into_any(),
                None => view! {
                    <header class="pane-head">
                        <h2 id="lesson-title">"Your own code"</h2>
                    </header>
                    <div class="pane-body lesson-text">
                        <p class="muted">
                            "Edit models.py and script.py: every pause in typing re-runs them. Pick a lesson from "
                            "the examples menu to learn one relationship pattern at a time."
                        </p>
                    </div>
                }
                .into_any(),
            }}
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
