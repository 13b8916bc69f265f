//! `ormplay ddl` and `ormplay diagram` as a user runs them: the DDL text equals what SQLAlchemy's
//! `CreateTable` prints (pinned files made by tests/models_cli/sqlalchemy_ddl.py with SQLAlchemy 2.1.9),
//! the diagram comes out as SVG, Mermaid or DBML, broken models give a located diagnostic on stderr
//! and exit status 1, and `ormplay sql` stops a runaway query with the console's work budget.

#![allow(clippy::expect_used)] // test helpers fail loudly

use std::process::{Command, Output};

fn ormplay(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ormplay"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run ormplay")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn ddl_prints_what_sqlalchemy_prints() {
    for (models, dialect, expected) in [
        ("examples/parent-child/models.py", None, include_str!("models_cli/parent-child.sqlite.sql")),
        ("examples/medical-chatbot/models.py", Some("sqlite"), include_str!("models_cli/medical-chatbot.sqlite.sql")),
        ("examples/many-to-many/models.py", Some("postgresql"), include_str!("models_cli/many-to-many.postgresql.sql")),
    ] {
        let mut args = vec!["ddl", models];
        if let Some(d) = dialect {
            args.extend(["--dialect", d]);
        }
        let out = ormplay(&args);
        assert_eq!(out.status.code(), Some(0), "{models}: {}", stderr(&out));
        assert_eq!(stdout(&out), expected, "{models} {dialect:?}");
        assert_eq!(stderr(&out), "", "{models}: no diagnostics");
    }
}

#[test]
fn ddl_refuses_an_unknown_dialect() {
    let out = ormplay(&["ddl", "examples/parent-child/models.py", "--dialect", "gluesql"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown dialect 'gluesql'"), "{}", stderr(&out));
}

#[test]
fn diagram_prints_svg_mermaid_and_dbml() {
    let svg = ormplay(&["diagram", "examples/medical-chatbot/models.py"]);
    assert_eq!(svg.status.code(), Some(0), "{}", stderr(&svg));
    let text = stdout(&svg);
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"), "not an SVG document");
    for table in ["users", "chat_sessions", "messages"] {
        assert!(text.contains(&format!("data-testid=\"entity-{table}\"")), "entity {table}");
    }
    assert!(
        text.contains("data-from=\"users\" data-to=\"chat_sessions\"") || text.contains("data-from=\"chat_sessions\"")
    );
    let mermaid = stdout(&ormplay(&["diagram", "--format", "mermaid", "examples/parent-child/models.py"]));
    assert!(mermaid.starts_with("erDiagram") && mermaid.contains("parent") && mermaid.contains("child"), "{mermaid}");
    let dbml = stdout(&ormplay(&["diagram", "examples/parent-child/models.py", "--format=dbml"]));
    assert!(dbml.contains("Ref: child.parent_id > parent.id"), "{dbml}");
}

#[test]
fn broken_models_exit_1_with_the_located_diagnostic() {
    let dir = std::env::temp_dir().join(format!("ormplay-models-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("models.py");
    let source = "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import relationship, declarative_base\nBase = declarative_base()\nclass Parent(Base):\n    __tablename__ = \"parent\"\n    id = Column(Integer, primary_key=True)\n    children = relationship(\"Child\")\nclass Child(Base):\n    __tablename__ = \"child\"\n    id = Column(Integer, primary_key=True)\n";
    std::fs::write(&path, source).expect("write models");
    let p = path.to_string_lossy().into_owned();
    for command in ["ddl", "diagram"] {
        let out = ormplay(&[command, &p]);
        assert_eq!(out.status.code(), Some(1), "{command}");
        assert_eq!(stdout(&out), "", "{command}: nothing printed on error");
        let err = stderr(&out);
        // The diagnostic underlines the `relationship("Child")` call (column 16), not the whole line.
        assert!(err.contains(&format!("{p}:7:16: error[NoForeignKeysError]")), "{command}: {err}");
        assert!(err.contains("children = relationship(\"Child\")") && err.contains("help: "), "{command}: {err}");
    }
    let usage = ormplay(&["ddl", &p, "--dialect", "oracle"]);
    assert_eq!(usage.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sql_stops_a_runaway_query_with_the_consoles_budget() {
    let dir = std::env::temp_dir().join(format!("ormplay-sql-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("runaway.sql");
    let source = "SELECT 1;\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;\n";
    std::fs::write(&path, source).expect("write sql");
    let out = ormplay(&["sql", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("(1 row)"), "the first statement ran: {}", stdout(&out));
    assert!(stderr(&out).contains("interrupted"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A reader that stops early (`ormplay link M S | head -c 10`, `| true`) closes the pipe: the command
/// ends quietly with success instead of panicking with "failed printing to stdout: Broken pipe".
#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    use std::process::Stdio;
    let args: [&[&str]; 2] = [
        &["link", "examples/parent-child/models.py", "examples/parent-child/script.py"],
        &["diagram", "examples/medical-chatbot/models.py"],
    ];
    for args in args {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ormplay"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run ormplay");
        // Close the reading end before the command has read its files, let alone printed.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for ormplay");
        assert_eq!(stderr(&out), "", "{args:?}: nothing on stderr");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}
