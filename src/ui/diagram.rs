//! The diagram pane. The relationship diagram (tables, columns, foreign keys and ORM relationships,
//! laid out as SVG) comes with a later capability; until then the pane shows an honest empty state,
//! already as the `<svg>` the diagram will replace.

use leptos::prelude::*;

#[component]
pub fn DiagramPane() -> impl IntoView {
    view! {
        <section class="pane diagram-pane" aria-labelledby="diagram-title">
            <header class="pane-head">
                <h2 id="diagram-title">"Diagram"</h2>
                <span class="badge soon">"coming"</span>
            </header>
            <div class="pane-body diagram" data-testid="diagram">
                <svg viewBox="0 0 360 212" role="img" aria-label="Diagram placeholder: two tables joined by a relationship">
                    <g class="ghost">
                        <rect x="20" y="40" width="120" height="84" rx="8"></rect>
                        <line x1="20" y1="68" x2="140" y2="68"></line>
                        <rect x="220" y="60" width="120" height="104" rx="8"></rect>
                        <line x1="220" y1="88" x2="340" y2="88"></line>
                        <path d="M140 96 C 180 96, 180 120, 220 120"></path>
                    </g>
                    <text x="180" y="186" text-anchor="middle" class="caption">
                        "Coming: your models' tables and relationships,"
                    </text>
                    <text x="180" y="202" text-anchor="middle" class="caption">
                        "drawn here after Run."
                    </text>
                </svg>
            </div>
        </section>
    }
}
