//! The session at a step: each object with its state (transient, pending, persistent, deleted,
//! detached), the names bound to it, and its attributes as loaded, expired or unloaded; then each
//! session's identity map and `new` / `dirty` / `deleted` sets.

use leptos::prelude::*;

use crate::trace::{AttrStatus, ObjectState, ObjectView, SessionView, Step};

pub fn objects_view(s: &Step) -> impl IntoView + use<> {
    let view = s.objects.clone();
    let titles: Vec<String> = view.objects.iter().map(ObjectView::title).collect();
    let empty = view.objects.is_empty();
    view! {
        <section class="timeline-objects" data-testid="timeline-objects">
            <h4 class="block-title">"Objects and sessions"</h4>
            {empty.then(|| view! { <p class="empty small">"No mapped objects yet."</p> })}
            <ul class="object-list">{view.objects.into_iter().map(object_view).collect_view()}</ul>
            {view.sessions.into_iter().map(|s| session_view(s, &titles)).collect_view()}
            {view.capped.then(|| view! { <p class="muted small">"More objects exist than are listed."</p> })}
        </section>
    }
}

fn state_name(state: ObjectState) -> &'static str {
    match state {
        ObjectState::Transient => "transient",
        ObjectState::Pending => "pending",
        ObjectState::Persistent => "persistent",
        ObjectState::Deleted => "deleted",
        ObjectState::Detached => "detached",
    }
}

fn object_view(o: ObjectView) -> impl IntoView {
    let state = state_name(o.state);
    let title = o.title();
    let names = if o.names.is_empty() { String::new() } else { format!(" ({})", o.names.join(", ")) };
    let attrs = o.attributes.into_iter().map(|a| {
        let (class, text) = match a.status {
            AttrStatus::Loaded { value } => ("attr-loaded", format!("{} = {value}", a.name)),
            AttrStatus::Expired => ("attr-expired", format!("{}: expired", a.name)),
            AttrStatus::Unloaded => ("attr-unloaded", format!("{}: not loaded", a.name)),
        };
        view! { <span class=format!("attr {class}")>{text}</span> }
    });
    view! {
        <li class="object" data-state=state>
            <span class=format!("state state-{state}")>{state}</span>
            <strong>{title}</strong>
            <span class="muted">{names}</span>
            <span class="attrs">{attrs.collect_view()}</span>
        </li>
    }
}

fn session_view(s: SessionView, titles: &[String]) -> impl IntoView + use<> {
    let list = |indices: &[usize]| {
        if indices.is_empty() {
            return "∅".to_string();
        }
        indices.iter().filter_map(|i| titles.get(*i).cloned()).collect::<Vec<_>>().join(", ")
    };
    let rows = [
        ("identity map", list(&s.identity_map)),
        ("new", list(&s.new)),
        ("dirty", list(&s.dirty)),
        ("deleted", list(&s.deleted)),
    ];
    let transaction = if s.in_transaction { "transaction open" } else { "no transaction" };
    view! {
        <div class="session-view">
            <p class="muted small">{format!("Session {} · {transaction}", s.id)}</p>
            <dl class="session-sets">
                {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </div>
    }
}
