//! The SQL console's engine: runs what a person typed against the page's database, one statement at a
//! time, and keeps each statement next to its outcome.
//!
//! A console needs the results of the statements that did run, then the error of the one that failed
//! (and which one it was), and a budget so that no query freezes the page. Messages are SQLite's own.
//! Kept out of the UI module so it is tested natively.

use crate::db::{Database, DbError, Outcome};

/// One statement the console ran and what came of it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConsoleEntry {
    pub statement: String,
    pub result: Result<Outcome, DbError>,
}

/// The allowance of work each console run gets (budget units, see [`crate::db::limits`]): about as much
/// as a script's step budget, so a cross join of big tables ends with "interrupted" instead of freezing
/// the page.
pub const CONSOLE_BUDGET: u64 = 10_000_000;

/// Runs every statement in `sql` in order, stopping after the first that fails (like a SQL shell
/// running a script), and returns an entry per statement attempted.
pub fn run(db: &mut Database, sql: &str) -> Vec<ConsoleEntry> {
    db.budget().grant(CONSOLE_BUDGET);
    let done = db.run_script(sql);
    done.into_iter().map(|(statement, result)| ConsoleEntry { statement, result }).collect()
}

/// A one-line summary of an outcome: "3 rows", "2 rows inserted", "table created".
pub fn summary(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Rows { rows, .. } => count(rows.len() as u64, "row"),
        Outcome::Affected { verb, count: n } => format!("{} {verb}", count(*n, "row")),
        Outcome::Done { what } => what.clone(),
    }
}

fn count(n: u64, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Cell;

    fn db() -> Database {
        Database::new().expect("database opens")
    }

    #[test]
    fn runs_each_statement_and_pairs_it_with_its_outcome() {
        let mut db = db();
        let entries = run(
            &mut db,
            "CREATE TABLE note (id INTEGER, body TEXT); INSERT INTO note VALUES (1, 'a;b'), (2, 'c'); \
             SELECT body FROM note WHERE id = 1;",
        );
        let statements: Vec<&str> = entries.iter().map(|e| e.statement.as_str()).collect();
        assert_eq!(
            statements,
            [
                "CREATE TABLE note (id INTEGER, body TEXT)",
                "INSERT INTO note VALUES (1, 'a;b'), (2, 'c')",
                "SELECT body FROM note WHERE id = 1"
            ]
        );
        let summaries: Vec<String> = entries.iter().map(|e| summary(e.result.as_ref().expect("ok"))).collect();
        assert_eq!(summaries, ["table created", "2 rows inserted", "1 row"]);
        let Some(Ok(Outcome::Rows { columns, rows })) = entries.last().map(|e| e.result.clone()) else {
            panic!("last statement should be a query");
        };
        assert_eq!(columns, ["body"]);
        assert_eq!(rows, [[Cell::Text("a;b".into())]]);
    }

    #[test]
    fn a_runaway_query_is_interrupted_by_the_budget() {
        let mut db = db();
        let entries =
            run(&mut db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n");
        let error = entries.first().and_then(|e| e.result.clone().err()).expect("interrupted");
        assert_eq!((error.kind, error.message.as_str()), (crate::db::DbErrorKind::Interrupted, "interrupted"));
    }

    #[test]
    fn stops_after_the_first_failure_and_keeps_earlier_results() {
        let mut db = db();
        let entries = run(&mut db, "CREATE TABLE t (id INTEGER); SELECT * FROM missing; INSERT INTO t VALUES (1)");
        assert_eq!(entries.len(), 2);
        assert!(entries.first().is_some_and(|e| e.result.is_ok()));
        let error = entries.get(1).and_then(|e| e.result.clone().err()).expect("second statement fails");
        assert_eq!(error.message, "no such table: missing");
        // The INSERT after the failure never ran.
        let rows = db.snapshot().into_iter().map(|t| t.rows.len()).sum::<usize>();
        assert_eq!(rows, 0);
    }

    #[test]
    fn blank_input_runs_nothing() {
        let mut db = db();
        assert!(run(&mut db, "  ;\n-- just a comment\n").is_empty());
    }
}
