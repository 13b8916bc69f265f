//! The examples the page ships with, and the header's picker for them.
//!
//! For now one example, the Parent/Child seed the project started from; a gallery module will take
//! over this list. Example text lives in `examples/<id>/` so it stays plain Python, runnable as is.

use leptos::prelude::*;

use super::state::use_state;

/// A models file and a script file that go together.
pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub models: &'static str,
    pub script: &'static str,
}

pub const EXAMPLES: &[Example] = &[Example {
    id: "parent_child",
    title: "Parent / Child (one-to-many)",
    models: include_str!("../../examples/parent_child/models.py"),
    script: include_str!("../../examples/parent_child/script.py"),
}];

#[component]
pub fn ExamplesPicker() -> impl IntoView {
    let state = use_state();
    let on_change = move |ev| {
        let id = event_target_value(&ev);
        if let Some(example) = EXAMPLES.iter().find(|e| e.id == id) {
            state.load_example(example);
        }
    };
    view! {
        <label class="picker">
            <span class="visually-hidden">"Example"</span>
            <select data-testid="examples" on:change=on_change prop:value=move || state.example.get()>
                {EXAMPLES
                    .iter()
                    .map(|e| view! { <option value=e.id>{e.title}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
