//! SVG hooks and the Mermaid / DBML exports.

use super::super::layout::{LayoutOptions, layout};
use super::super::{SvgOptions, Theme, render_svg, sample, to_dbml, to_mermaid};

fn chatbot_svg(options: &SvgOptions) -> String {
    let model = sample::chatbot();
    render_svg(&model, &layout(&model, &LayoutOptions::default()), options)
}

#[test]
fn svg_has_test_hooks_for_every_table_and_edge() {
    let model = sample::chatbot();
    let svg = chatbot_svg(&SvgOptions::default());
    for entity in &model.entities {
        assert!(svg.contains(&format!("data-testid=\"entity-{}\"", entity.table)), "{}", entity.table);
    }
    assert_eq!(svg.matches("data-testid=\"edge\"").count(), model.edges.len());
    let edge = svg
        .lines()
        .find(|l| l.contains("data-from=\"chat_sessions\" data-to=\"messages\""))
        .expect("chat_sessions → messages edge");
    assert!(edge.contains("data-from-attr=\"messages\"") && edge.contains("data-to-attr=\"chat_session\""));
    assert!(edge.contains("data-from-line=\"96\"") && edge.contains("data-to-line=\"105\""));
    assert!(svg.contains(">ChatSession.messages</text>") && svg.contains(">Message.chat_session</text>"));
    assert!(svg.contains("all, delete-orphan</text>"), "cascade badge");
}

#[test]
fn svg_themes() {
    assert!(chatbot_svg(&SvgOptions { theme: Theme::Auto }).contains("prefers-color-scheme: dark"));
    assert!(chatbot_svg(&SvgOptions { theme: Theme::Dark }).contains("class=\"ormplay-diagram theme-dark\""));
    assert!(chatbot_svg(&SvgOptions { theme: Theme::Light }).contains("class=\"ormplay-diagram theme-light\""));
}

#[test]
fn foreign_keys_without_relationship_are_dashed() {
    let mut model = sample::parent_child();
    model.edges.clear();
    model.add_unrelated_foreign_keys();
    assert_eq!(model.edges.len(), 1);
    let svg = render_svg(&model, &layout(&model, &LayoutOptions::default()), &SvgOptions::default());
    assert!(svg.contains("class=\"edge fkonly\" data-edge=\"0\" data-from=\"child\" data-to=\"parent\""));
}

#[test]
fn collapsed_many_to_many_hides_the_association_table() {
    let model = sample::medical();
    let options = LayoutOptions { collapse_many_to_many: true, ..LayoutOptions::default() };
    let svg = render_svg(&model, &layout(&model, &options), &SvgOptions::default());
    assert!(!svg.contains("entity-user_speciality"));
    assert!(svg.contains(">User.specialities</text>") && svg.contains(">Speciality.users</text>"), "both names on M:N");
    let open = render_svg(&model, &layout(&model, &LayoutOptions::default()), &SvgOptions::default());
    assert!(open.contains("data-testid=\"entity-user_speciality\" class=\"entity assoc\""));
}

#[test]
fn mermaid_says_tables_keys_and_relationships() {
    let text = to_mermaid(&sample::chatbot());
    assert!(text.starts_with("erDiagram\n"));
    assert!(text.contains("    users {\n        Integer id PK \"Integer\"\n"));
    assert!(text.contains("        String_50 username UK \"String(50), not null\"\n"));
    assert!(text.contains("        Integer session_id FK \"Integer, not null, references chat_sessions.id\"\n"));
    assert!(text.contains("    chat_sessions ||--o{ messages : \"messages / chat_session\"\n"));
    assert!(text.contains("    users }o--o{ specialities : \"specialities / users\"\n"));
    assert!(text.contains("    users |o--o| profiles : \"profile / user\"\n"));
}

#[test]
fn dbml_says_tables_settings_and_refs() {
    let text = to_dbml(&sample::chatbot());
    assert!(text.contains("Table users {\n  id Integer [pk]\n  username String(50) [unique, not null]\n"));
    assert!(text.contains("  Note: 'class User'\n"));
    assert!(text.contains(
        "// ChatSession.messages <-> Message.chat_session (one-to-many)\nRef: messages.session_id > chat_sessions.id\n"
    ));
    assert!(text.contains("Ref: profiles.user_id - users.id\n"));
    assert!(
        text.contains(
            "Ref: user_speciality.user_id > users.id\nRef: user_speciality.speciality_id > specialities.id\n"
        )
    );
}

#[test]
fn exports_quote_odd_names() {
    let mut model = sample::parent_child();
    model.entities[0].table = "odd \"name\"".into();
    model.edges[0].from_table = "odd \"name\"".into();
    assert!(to_mermaid(&model).contains("\"odd name\" {"));
    assert!(to_dbml(&model).contains("Table \"odd \\\"name\\\"\" {"));
}
