//! The models pane's diagnostics: a table of broken models (tests/models_diagnostics/cases.txt, checked
//! against real SQLAlchemy by check_sqlalchemy.py next to it) each giving the expected diagnostic kind,
//! message, line and help; the conformance models and gallery lessons loading clean; the seed documents'
//! model code giving the seeds' tables.

#![allow(clippy::expect_used, clippy::panic)] // test helpers fail loudly

mod common;

use ormplay::run::{RunOutput, run};
use ormplay::source::{LocatedDiagnostic, Severity};

struct Case {
    name: String,
    severity: Severity,
    kind: String,
    line: u32,
    message: String,
    help: Option<String>,
    /// What real SQLAlchemy raises while the models run (`define`), or None.
    raised_at_define: Option<String>,
    source: String,
}

fn parse_cases(text: &str) -> Vec<Case> {
    text.split("\n### ")
        .skip(1)
        .map(|chunk| {
            let (head, source) = chunk.split_once("\n---\n").expect("case has a --- line");
            let mut lines = head.lines();
            let name = lines.next().expect("name").trim().to_string();
            let field = |key: &str| head.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.trim().to_string());
            let expect = field("expect: ").expect("expect line");
            let words: Vec<&str> = expect.split_whitespace().collect();
            let severity = match words.first() {
                Some(&"error") => Severity::Error,
                Some(&"warning") => Severity::Warning,
                Some(&"info") => Severity::Info,
                other => panic!("{name}: bad severity {other:?}"),
            };
            let sqlalchemy = field("sqlalchemy: ").expect("sqlalchemy line");
            Case {
                severity,
                kind: words.get(1).expect("kind").to_string(),
                line: words.get(3).and_then(|n| n.parse().ok()).expect("line number"),
                message: field("message:").unwrap_or_default(),
                help: field("help: "),
                raised_at_define: sqlalchemy.strip_suffix(" at define").map(str::to_string),
                source: source.to_string(),
                name,
            }
        })
        .collect()
}

fn describe(ds: &[LocatedDiagnostic]) -> String {
    ds.iter()
        .map(|d| {
            format!(
                "  {:?} {} line {}: {} | help: {:?}",
                d.diagnostic.severity, d.diagnostic.kind, d.start.line, d.diagnostic.message, d.diagnostic.help
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn broken_models_give_located_diagnostics_with_help() {
    let cases = parse_cases(include_str!("models_diagnostics/cases.txt"));
    assert!(cases.len() >= 25, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let output = run(&case.source, "");
        let found = output.diagnostics.iter().find(|d| {
            d.diagnostic.kind.as_str() == case.kind
                && d.diagnostic.severity == case.severity
                && d.start.line == case.line
                && d.diagnostic.message.contains(&case.message)
                && case.help.as_ref().is_none_or(|h| d.diagnostic.help.as_ref().is_some_and(|x| x.contains(h.as_str())))
        });
        if found.is_none() {
            failures.push(format!(
                "{}: no {:?} {} at line {}; got:\n{}",
                case.name,
                case.severity,
                case.kind,
                case.line,
                describe(&output.diagnostics)
            ));
        }
        // SQLAlchemy's timing: an exception while the models run is the run's error; configuration errors
        // wait for the first use, so the models alone still finish.
        let raised = output.error.as_ref().map(|e| e.class.clone());
        if raised != case.raised_at_define {
            failures.push(format!(
                "{}: the models raised {raised:?}, SQLAlchemy raises {:?}",
                case.name, case.raised_at_define
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The learner warnings SQLAlchemy itself does not give (kinds that are not exception classes).
fn warnings(output: &RunOutput) -> Vec<&LocatedDiagnostic> {
    output.diagnostics.iter().filter(|d| d.diagnostic.severity == Severity::Warning).collect()
}

fn errors(output: &RunOutput) -> Vec<&LocatedDiagnostic> {
    output.diagnostics.iter().filter(|d| d.diagnostic.severity == Severity::Error).collect()
}

#[test]
fn conformance_models_load_without_errors_or_warnings() {
    for (name, models) in common::conformance_models() {
        let output = run(&models, "");
        if name.starts_with("045-") {
            // The seed's Kin verbatim: Python raises TypeError in the class body; ormplay explains it.
            let e = errors(&output);
            assert_eq!(e.len(), 1, "{name}:\n{}", describe(&output.diagnostics));
            assert_eq!(e[0].diagnostic.kind.as_str(), "TypeError");
            assert!(e[0].diagnostic.help.as_deref().is_some_and(|h| h.contains("Column(\"relationship\", String)")));
            continue;
        }
        assert!(errors(&output).is_empty(), "{name}:\n{}", describe(&output.diagnostics));
        let w = warnings(&output);
        if name.starts_with("002-") {
            // Seed 002's Profile: uselist=False over a foreign key that is not unique — the lesson the
            // warning exists for, so the one expected warning.
            assert_eq!(w.len(), 1, "{name}:\n{}", describe(&output.diagnostics));
            assert_eq!(w[0].diagnostic.kind.as_str(), "uselist-not-unique");
            continue;
        }
        assert!(w.is_empty(), "{name}: unexpected warnings\n{}", describe(&output.diagnostics));
    }
}

#[test]
fn gallery_lessons_load_without_errors_or_warnings() {
    for (name, models) in common::gallery_models() {
        let output = run(&models, "");
        assert!(output.diagnostics.is_empty(), "{name}:\n{}", describe(&output.diagnostics));
        assert!(!output.schema.is_empty(), "{name}: no tables");
    }
}

/// (table, foreign keys as "column→table.column") of a run's schema, sorted.
fn tables(output: &RunOutput) -> Vec<(String, Vec<String>)> {
    let mut t: Vec<(String, Vec<String>)> = output
        .schema
        .iter()
        .map(|t| {
            let fks =
                t.columns.iter().filter_map(|c| Some(format!("{}→{}", c.name, c.foreign_key.as_ref()?))).collect();
            (t.name.clone(), fks)
        })
        .collect();
    t.sort();
    t
}

fn owned(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter().map(|(t, fks)| (t.to_string(), fks.iter().map(|s| s.to_string()).collect())).collect()
}

#[test]
fn seed_000_model_code_pasted_whole_gives_parent_and_child() {
    let blocks = common::seed_python_blocks("000_a9a6c38133eb8130.txt");
    let models = blocks.iter().find(|b| b.contains("class Parent(Base)")).expect("seed 000 has a models block");
    assert!(
        models.contains("create_engine(") && models.contains("sessionmaker("),
        "the block includes engine and session lines"
    );
    let output = run(models, "");
    assert!(output.diagnostics.is_empty(), "{}", describe(&output.diagnostics));
    assert_eq!(tables(&output), owned(&[("child", &["parent_id→parent.id"]), ("parent", &[])]));
    let parent = output.schema.iter().find(|t| t.name == "parent").expect("parent");
    let children = parent.relationships.iter().find(|r| r.key == "children").expect("Parent.children");
    assert_eq!((children.direction.label(), children.back_reference.as_deref()), ("one-to-many", Some("parent")));
    assert_eq!(children.cascade, "all, delete-orphan");
    // Created in the in-memory database too (the block calls create_all).
    let mut created: Vec<&str> = output.tables.iter().map(|t| t.name.as_str()).collect();
    created.sort();
    assert_eq!(created, ["child", "parent"]);
}

#[test]
fn seed_002_model_blocks_give_the_seed_tables() {
    let blocks = common::seed_python_blocks("002_ed7f6dc43ce08b8c.txt");
    let first = blocks.first().expect("seed 002 has python blocks");
    // The first block is complete (imports and Base); the later snippets continue it.
    let prelude: String = first.lines().take_while(|l| !l.starts_with("class ")).map(|l| format!("{l}\n")).collect();
    let with_prelude = |marker: &str| -> String {
        let block = blocks.iter().find(|b| b.contains(marker)).expect(marker);
        if block.contains("declarative_base()") { block.clone() } else { format!("{prelude}{block}") }
    };
    let one_to_many = run(&with_prelude("class Appointment(Base)"), "");
    assert!(one_to_many.diagnostics.is_empty(), "{}", describe(&one_to_many.diagnostics));
    assert_eq!(tables(&one_to_many), owned(&[("appointments", &["user_id→users.id"]), ("users", &[])]));

    let one_to_one = run(&with_prelude("class Profile(Base)"), "");
    assert_eq!(tables(&one_to_one), owned(&[("profiles", &["user_id→users.id"]), ("users", &[])]));
    let w = warnings(&one_to_one);
    assert_eq!(w.len(), 1, "{}", describe(&one_to_one.diagnostics));
    assert_eq!(
        (w[0].diagnostic.kind.as_str(), w[0].diagnostic.help.as_deref().is_some_and(|h| h.contains("unique=True"))),
        ("uselist-not-unique", true)
    );

    let many_to_many = run(&with_prelude("user_speciality = Table("), "");
    assert!(many_to_many.diagnostics.is_empty(), "{}", describe(&many_to_many.diagnostics));
    assert_eq!(
        tables(&many_to_many),
        owned(&[
            ("specialities", &[]),
            ("user_speciality", &["user_id→users.id", "speciality_id→specialities.id"]),
            ("users", &[])
        ])
    );

    // The Kin block: Python raises TypeError in the class body, and the diagnostic explains why.
    let kin = run(&with_prelude("class Kin(Base)"), "");
    assert_eq!(kin.error.as_ref().map(|e| e.class.as_str()), Some("TypeError"));
    let e = errors(&kin);
    assert_eq!(e.len(), 1, "{}", describe(&kin.diagnostics));
    assert_eq!(e[0].diagnostic.message, "'Column' object is not callable");
    let help = e[0].diagnostic.help.as_deref().unwrap_or("");
    assert!(help.contains("kinship = Column(\"relationship\", String)") && help.contains("orm.relationship"), "{help}");
}

#[test]
fn configuration_errors_raised_by_the_script_point_at_the_relationship() {
    let models = "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import relationship, declarative_base\nBase = declarative_base()\nclass Parent(Base):\n    __tablename__ = \"parent\"\n    id = Column(Integer, primary_key=True)\n    children = relationship(\"Child\")\nclass Child(Base):\n    __tablename__ = \"child\"\n    id = Column(Integer, primary_key=True)\n";
    let script = "print('start')\np = Parent()\n";
    let output = run(models, script);
    // The exception is still the script's (the traceback and the conformance result are unchanged)...
    assert_eq!(output.error.as_ref().map(|e| e.class.as_str()), Some("NoForeignKeysError"));
    assert_eq!(output.stdout, "start\n");
    // ...but the diagnostic sits on the relationship() line of the models, with help.
    let e = errors(&output);
    assert_eq!(e.len(), 1, "{}", describe(&output.diagnostics));
    assert_eq!((e[0].diagnostic.file, e[0].start.line), (ormplay::source::FileId::Models, 7));
    let help = e[0].diagnostic.help.as_deref().unwrap_or("");
    assert!(help.contains("ForeignKey(\"parent.id\")"), "{help}");
}
