//! The page's runtime: what runs inside the Web Worker (the `ormplay-worker` binary, driven by
//! `web/worker.js`), so the page's own thread only renders and a runaway run can be stopped by ending
//! the worker.
//!
//! A [`Session`] keeps the one piece of state that outlives a request: the last run's interpreter
//! (the Python console continues it; the SQL console queries its database). Everything else is per request. Requests and answers are the
//! postcard bytes of [`crate::wire`]; this module is plain Rust, tested natively.

use crate::console;
use crate::db::Database;
use crate::eval::{Limits, StatementProbe};
use crate::orm::ddl::{Dialect, schema_text};
use crate::program::Failure;
use crate::pyconsole::PyConsole;
use crate::run::run_for_console;
use crate::source::Severity;
use crate::trace::Trace;
use crate::wire::{CommitLine, Request, Response};

/// The page's interpreter limits ([`Limits::page`]): two million steps (well under a second in the
/// browser), a recursion limit and stack guard sized to the worker's stack as measured in Chromium,
/// and the page's memory budget.
pub fn page_limits() -> Limits {
    Limits::page()
}

/// The runtime's state between requests.
#[derive(Default)]
pub struct Session {
    /// The last run's interpreter, kept for the Python console (dropped before the next run starts, so
    /// two runs never hold memory at once). The SQL console queries its last engine's database.
    python: Option<PyConsole>,
    /// The SQL console's own database when the last run created no engine (opened on first use).
    db: Option<Database>,
    probe: Option<StatementProbe>,
    /// The timeline of the last run that parsed, with the key its answer carried (sent on request).
    trace: Option<(u64, Trace)>,
    /// Keys handed out so far.
    traces: u64,
    /// What the last answer left to free (the timeline it replaced, the answer itself once encoded):
    /// freed by [`Session::idle`] after the answer has gone, so the page does not wait for it, and at
    /// the latest before the next request runs (a run's memory budget counts from its start, and the
    /// previous run's interpreter is freed before it too).
    leftovers: Vec<Box<dyn std::any::Any>>,
}

impl Session {
    /// A session whose runs report each statement to `probe` (the worker records the last one, so a
    /// fatal error can be placed at the statement that caused it).
    pub fn with_probe(probe: StatementProbe) -> Session {
        Session { probe: Some(probe), ..Session::default() }
    }

    /// Answers one request.
    pub fn handle(&mut self, request: Request) -> Response {
        self.idle();
        match request {
            Request::Run { models, script } => {
                self.python = None;
                self.db = None;
                let (mut output, console) = run_for_console(&models, &script, page_limits(), self.probe, true);
                // The run's own snapshot holds every engine's tables; the page shows the console's
                // database (the last engine's), which after a run with one engine is that very
                // snapshot: taken once, and sent once (a 100-table run's rows are most of its answer).
                let run_tables = std::mem::take(&mut output.tables);
                let one_engine = console.engine_count() == 1;
                self.python = Some(console);
                let tables = if one_engine { run_tables } else { self.tables() };
                let trace = output.trace.take();
                let commits = trace.as_ref().map(CommitLine::of).unwrap_or_default();
                // Code that does not parse ran nothing: the page keeps showing the last run that did,
                // and its timeline stays here for it.
                let parsed = !output.error.as_ref().is_some_and(Failure::is_parse_error);
                let trace_key = match trace {
                    Some(trace) if parsed => {
                        self.traces += 1;
                        if let Some(replaced) = self.trace.replace((self.traces, trace)) {
                            self.leftovers.push(Box::new(replaced));
                        }
                        self.traces
                    }
                    _ => 0,
                };
                Response::Ran { output: Box::new(output), tables, commits, trace_key }
            }
            Request::Trace { key } => Response::Trace {
                trace: self
                    .trace
                    .as_ref()
                    .filter(|(kept, _)| *kept == key && key != 0)
                    .map(|(_, t)| Box::new(t.clone())),
            },
            Request::Sql { sql } => {
                let entries = self.with_db(|db| console::run(db, &sql)).unwrap_or_default();
                Response::Sql { entries, tables: self.tables() }
            }
            Request::Python { source } => {
                let entry = match self.python.as_mut() {
                    Some(console) => console.eval(&source),
                    None => {
                        // Nothing has run yet (or the runtime was replaced): an empty program's console.
                        let (_, console) = run_for_console("", "", page_limits(), self.probe, false);
                        self.python.insert(console).eval(&source)
                    }
                };
                Response::Python { entry, tables: self.tables() }
            }
            Request::Ddl { models, dialect } => Response::Ddl { text: ddl_text(&models, &dialect) },
        }
    }

    /// Runs `f` on the console's database: the last run's (shared with the Python console), or the
    /// SQL console's own if the run created no engine.
    fn with_db<R>(&mut self, f: impl FnOnce(&mut Database) -> R) -> Option<R> {
        let has_engine = self.python.as_ref().is_some_and(|p| p.with_database(|_| ()).is_some());
        if has_engine {
            return self.python.as_ref().and_then(|p| p.with_database(f));
        }
        if self.db.is_none() {
            self.db = Database::new().ok();
        }
        self.db.as_mut().map(f)
    }

    fn tables(&mut self) -> Vec<crate::db::TableSnapshot> {
        self.with_db(Database::snapshot).unwrap_or_default()
    }

    /// Answers one request given as wire bytes, with wire bytes.
    pub fn handle_bytes(&mut self, request: &[u8]) -> Vec<u8> {
        let response = match Request::decode(request) {
            Ok(request) => self.handle(request),
            Err(message) => Response::BadRequest { message },
        };
        let bytes = response.encode();
        self.leftovers.push(Box::new(response));
        bytes
    }

    /// Frees what the last answer left (see `leftovers`): the worker calls it once the answer is
    /// posted; every request calls it first.
    pub fn idle(&mut self) {
        self.leftovers.clear();
    }
}

/// The models' CREATE TABLE statements, as `ormplay ddl` prints them; errors become SQL comments, so
/// the text can always be shown and copied as it is.
pub fn ddl_text(models: &str, dialect: &str) -> String {
    let dialect = match dialect {
        "postgresql" => Dialect::Postgresql,
        _ => Dialect::Sqlite,
    };
    let (output, registries) = crate::run::run_models(models);
    let errors: Vec<String> = output
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.severity == Severity::Error)
        .map(|d| {
            format!("-- line {}: {}: {}", d.start.line, d.diagnostic.kind, d.diagnostic.message.replace('\n', " "))
        })
        .collect();
    if !errors.is_empty() {
        return format!("-- models.py has errors; fix them to get the DDL:\n{}\n", errors.join("\n"));
    }
    let text: String = registries.iter().map(|r| schema_text(&r.borrow(), dialect)).collect();
    if text.is_empty() { "-- models.py maps no tables yet.\n".to_string() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::RunOutput;

    fn ran(response: Response) -> RunOutput {
        match response {
            Response::Ran { output, .. } => *output,
            other => panic!("expected a run, got {other:?}"),
        }
    }

    /// Every lesson's result reaches the page unchanged: the bytes the worker sends read back equal.
    #[test]
    fn every_lesson_run_round_trips_through_the_wire() {
        let mut session = Session::default();
        for lesson in crate::gallery::LESSONS {
            // One run, compared with itself after the trip (two runs differ in their logged timings).
            let request = Request::Run { models: lesson.models.into(), script: lesson.script.into() };
            let direct = session.handle(request);
            let back = Response::decode(&direct.encode()).unwrap_or_else(|e| panic!("{}: {e}", lesson.id));
            assert_eq!(back, direct, "{}", lesson.id);
            assert!(!ran(back).stdout.is_empty(), "{} printed something", lesson.id);
        }
    }

    /// The conformance cases (floats, NULLs, every log phase, errors of every kind) round-trip too.
    #[test]
    fn every_conformance_case_round_trips_through_the_wire() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
        let mut cases = 0;
        for entry in std::fs::read_dir(&dir).expect("tests/conformance exists") {
            let path = entry.expect("readable entry").path();
            let (Ok(models), Ok(script)) =
                (std::fs::read_to_string(path.join("models.py")), std::fs::read_to_string(path.join("script.py")))
            else {
                continue;
            };
            let mut session = Session::default();
            let request = Request::Run { models, script };
            let direct = session.handle(request);
            let back = Response::decode(&direct.encode()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(back, direct, "{}", path.display());
            cases += 1;
        }
        assert!(cases >= 50, "only {cases} cases found in {}", dir.display());
    }

    /// A run's tables reach the page once, as the console database's: equal to what the SQL console
    /// answers right after (one engine, or the last of several), with `output.tables` left empty.
    #[test]
    fn a_runs_tables_are_the_console_databases_sent_once() {
        let one = "from sqlalchemy import create_engine, text\ne = create_engine('sqlite://')\n\
                   with e.begin() as c:\n    c.execute(text('CREATE TABLE a (x INTEGER)'))\n    \
                   c.execute(text('INSERT INTO a VALUES (1), (2)'))\n";
        let two = format!(
            "{one}f = create_engine('sqlite://')\nwith f.begin() as c:\n    \
                           c.execute(text('CREATE TABLE b (y TEXT)'))\n"
        );
        for (script, names) in [(one.to_string(), vec!["a"]), (two, vec!["b"]), ("print(1)\n".to_string(), vec![])] {
            let mut session = Session::default();
            let Response::Ran { output, tables, .. } = session.handle(Request::Run { models: String::new(), script })
            else {
                panic!("expected a run")
            };
            assert!(output.tables.is_empty(), "the run's own copy is not sent");
            assert_eq!(tables.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), names);
            let Response::Sql { tables: console, .. } = session.handle(Request::Sql { sql: "SELECT 1".into() }) else {
                panic!("expected the console's answer")
            };
            assert_eq!(tables, console);
        }
    }

    /// A run's answer leaves its timeline in the runtime (most of a big run's data, shown only by the
    /// timeline tab): the page gets the commit lines, and the timeline itself when it asks with the
    /// answer's key. A run that does not parse keeps the last timeline (the page keeps showing that run).
    #[test]
    fn the_timeline_is_sent_only_when_asked_for() {
        let mut session = Session::default();
        let lesson = crate::gallery::first_visit();
        let run = |session: &mut Session, script: &str| {
            let request = Request::Run { models: lesson.models.into(), script: script.into() };
            match Response::decode(&session.handle_bytes(&request.encode())) {
                Ok(Response::Ran { output, commits, trace_key, .. }) => (*output, commits, trace_key),
                other => panic!("expected a run, got {other:?}"),
            }
        };
        let trace = |session: &mut Session, key: u64| match session.handle(Request::Trace { key }) {
            Response::Trace { trace } => trace,
            other => panic!("expected a timeline, got {other:?}"),
        };
        let (output, commits, key) = run(&mut session, lesson.script);
        assert_eq!(output.trace, None, "the answer carries no timeline");
        assert_ne!(key, 0);
        let expected = crate::run::run_traced(lesson.models, lesson.script, page_limits()).trace.expect("traced");
        assert_eq!(commits, CommitLine::of(&expected));
        assert!(!commits.is_empty(), "the lesson commits");
        let kept = trace(&mut session, key).expect("the timeline of that run");
        assert_eq!(kept.steps.len(), expected.steps.len());
        assert_eq!(commits, CommitLine::of(&kept));
        assert_eq!(trace(&mut session, key + 1), None, "no timeline under another key");

        let (_, commits, broken) = run(&mut session, "print(\n");
        assert_eq!((broken, commits), (0, Vec::new()), "code that does not parse records no timeline");
        assert!(trace(&mut session, key).is_some(), "the last parsed run's timeline is kept");
        let (_, _, next) = run(&mut session, "print(1)\n");
        assert!(next > key);
        assert!(!session.leftovers.is_empty(), "the replaced timeline waits to be freed after the answer");
        session.idle();
        assert!(session.leftovers.is_empty());
        assert_eq!(trace(&mut session, key), None, "a new run replaces the timeline");
        assert!(trace(&mut session, next).is_some(), "freeing the leftovers keeps the current timeline");
    }

    /// Errors round-trip too: a traceback, its file, and located diagnostics.
    #[test]
    fn a_failed_run_round_trips() {
        let mut session = Session::default();
        let request = Request::Run { models: "x = 1\n".into(), script: "print(1)\nundefined_name\n".into() };
        let back = Response::decode(&session.handle_bytes(&request.encode())).expect("readable");
        let output = ran(back);
        assert_eq!(output.error.as_ref().map(|e| e.class.as_str()), Some("NameError"));
        assert_eq!(output.error_file, Some(crate::source::FileId::Script));
        assert_eq!(output.diagnostics.len(), 1);
        assert_eq!(output.diagnostics[0].start.line, 2);
    }

    /// The console queries the last run's committed rows, and its changes show in the tables it returns.
    #[test]
    fn the_console_uses_the_last_runs_database() {
        let mut session = Session::default();
        let lesson = crate::gallery::first_visit();
        session.handle(Request::Run { models: lesson.models.into(), script: lesson.script.into() });
        let json = session.handle_bytes(&Request::Sql { sql: "SELECT name FROM parent;".into() }.encode());
        let Ok(Response::Sql { entries, tables }) = Response::decode(&json) else { panic!("{json:?}") };
        assert_eq!(entries.len(), 1);
        assert!(entries[0].result.is_ok(), "{:?}", entries[0]);
        assert!(tables.iter().any(|t| t.name == "parent"));
        let json = session.handle_bytes(&Request::Sql { sql: "DELETE FROM child;".into() }.encode());
        let Ok(Response::Sql { entries, tables }) = Response::decode(&json) else { panic!("{json:?}") };
        assert!(matches!(entries[0].result, Ok(crate::db::Outcome::Affected { verb: "deleted", .. })));
        let child = tables.iter().find(|t| t.name == "child").expect("child table");
        assert!(child.rows.is_empty());
    }

    fn python(session: &mut Session, source: &str) -> (crate::pyconsole::ConsoleInput, Vec<crate::db::TableSnapshot>) {
        let json = session.handle_bytes(&Request::Python { source: source.into() }.encode());
        match Response::decode(&json) {
            Ok(Response::Python { entry, tables }) => (entry, tables),
            other => panic!("expected a console answer, got {other:?}"),
        }
    }

    /// The Python console continues the last run; the SQL console sees what it did; a new run resets it.
    #[test]
    fn the_python_console_continues_the_run_and_a_new_run_resets_it() {
        let mut session = Session::default();
        let lesson = crate::gallery::first_visit();
        session.handle(Request::Run { models: lesson.models.into(), script: lesson.script.into() });
        let (entry, _) = python(&mut session, "parent.name");
        assert!(entry.error.is_none(), "{:?}", entry.error);
        let (entry, tables) = python(&mut session, "db.add(Child(name='Eve', parent=parent)); db.commit()");
        assert!(entry.error.is_none(), "{:?}", entry.error);
        let child = tables.iter().find(|t| t.name == "child").expect("child table");
        assert_eq!(child.rows.len(), 2, "the tables answer shows Eve");
        let json =
            session.handle_bytes(&Request::Sql { sql: "SELECT name FROM child WHERE name = 'Eve';".into() }.encode());
        let Ok(Response::Sql { entries, .. }) = Response::decode(&json) else { panic!("{json:?}") };
        assert!(
            matches!(&entries[0].result, Ok(crate::db::Outcome::Rows { rows, .. }) if rows.len() == 1),
            "{entries:?}"
        );
        session.handle(Request::Run { models: lesson.models.into(), script: lesson.script.into() });
        let (entry, _) = python(&mut session, "eve");
        assert_eq!(entry.error.map(|e| e.class), Some("NameError".to_string()), "the new run starts afresh");
    }

    /// Before any run the console still answers, in an empty namespace.
    #[test]
    fn the_python_console_answers_before_any_run() {
        let mut session = Session::default();
        let (entry, tables) = python(&mut session, "1 + 1");
        assert_eq!(entry.pieces, [crate::pyconsole::Piece::Output { text: "2\n".into() }]);
        assert!(tables.is_empty());
    }

    #[test]
    fn ddl_in_each_dialect_and_errors_as_comments() {
        let lesson = crate::gallery::first_visit();
        let sqlite = ddl_text(lesson.models, "sqlite");
        assert!(sqlite.contains("CREATE TABLE parent ("), "{sqlite}");
        let postgres = ddl_text(lesson.models, "postgresql");
        assert!(postgres.contains("CREATE TABLE parent ("), "{postgres}");
        assert_ne!(sqlite, postgres);
        let broken = ddl_text("class A(Base):\n", "sqlite");
        assert!(broken.starts_with("-- models.py has errors"), "{broken}");
        assert!(broken.lines().all(|l| l.starts_with("--")), "{broken}");
    }

    /// Enum, Numeric and Uuid columns as SQLAlchemy's SQLite DDL writes them (recorded from 2.1.9).
    #[test]
    fn enum_numeric_and_uuid_columns_in_ddl() {
        let models = "import enum, uuid\nfrom decimal import Decimal\n\
            from sqlalchemy import Enum, Numeric\n\
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\
            class Base(DeclarativeBase):\n    pass\n\
            class Role(enum.Enum):\n    ADMIN = 1\n    EDITOR = 2\n\
            class Item(Base):\n    __tablename__ = 'item'\n\
            \x20   id: Mapped[int] = mapped_column(primary_key=True)\n\
            \x20   kind: Mapped[str] = mapped_column(Enum('meetup', 'workshop', name='kind'))\n\
            \x20   role: Mapped[Role]\n\
            \x20   fee: Mapped[Decimal] = mapped_column(Numeric(6, 2))\n\
            \x20   token: Mapped[uuid.UUID]\n";
        let ddl = ddl_text(models, "sqlite");
        for line in [
            "kind VARCHAR(8) NOT NULL",
            "role VARCHAR(6) NOT NULL",
            "fee NUMERIC(6, 2) NOT NULL",
            "token CHAR(32) NOT NULL",
        ] {
            assert!(ddl.contains(line), "{line} missing in {ddl}");
        }
    }

    #[test]
    fn a_malformed_request_is_answered_not_fatal() {
        let mut session = Session::default();
        // A variant index no request has, then a truncated request: each is answered, never fatal.
        for bytes in [&[200u8, 1][..], &Request::Sql { sql: "SELECT 1".into() }.encode()[..4]] {
            let answer = session.handle_bytes(bytes);
            assert!(matches!(Response::decode(&answer), Ok(Response::BadRequest { .. })), "{answer:?}");
        }
    }

    #[test]
    fn the_probe_sees_each_statement_of_both_files() {
        use std::cell::RefCell;
        thread_local!(static SEEN: RefCell<Vec<(String, u32)>> = const { RefCell::new(Vec::new()) });
        fn probe(file: &str, span: crate::source::Span) {
            SEEN.with(|s| s.borrow_mut().push((file.to_string(), span.start)));
        }
        let mut session = Session::with_probe(probe);
        session.handle(Request::Run { models: "a = 1\n".into(), script: "b = 2\nc = 3\n".into() });
        let seen = SEEN.with(|s| s.borrow().clone());
        assert_eq!(seen, [("models.py".to_string(), 0), ("script.py".to_string(), 0), ("script.py".to_string(), 6)]);
    }
}
