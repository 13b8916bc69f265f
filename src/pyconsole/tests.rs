//! The console continues the run: its namespace, its session's states and open transaction, its
//! database; expression statements show reprs; SQL comes back in order; errors are tracebacks naming
//! `<console>`; budgets apply per input.

use super::*;
use crate::eval::Limits;
use crate::run::run_for_console;

fn lesson_console() -> PyConsole {
    let lesson = crate::gallery::first_visit();
    let (output, console) = run_for_console(lesson.models, lesson.script, Limits::default(), None, false);
    assert!(output.error.is_none(), "{:?}", output.error);
    console
}

fn output(entry: &ConsoleInput) -> String {
    entry
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Output { text } => Some(text.as_str()),
            Piece::Sql { .. } => None,
        })
        .collect()
}

fn sql(entry: &ConsoleInput) -> Vec<String> {
    entry
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Sql { entry } => Some(entry.sql.clone()),
            Piece::Output { .. } => None,
        })
        .collect()
}

#[test]
fn an_expression_shows_its_repr_and_a_lazy_load_its_sql_first() {
    let mut console = lesson_console();
    // The last commit expired `alice`: reading her children refreshes her, then lazy-loads them.
    let entry = console.eval("[c.name for c in alice.children]");
    assert!(entry.error.is_none(), "{:?}", entry.error);
    assert_eq!(output(&entry), "['Dave']\n");
    let statements = sql(&entry);
    assert_eq!(statements.len(), 2, "{statements:?}");
    assert!(statements[0].starts_with("SELECT parent.id, parent.name"), "{statements:?}");
    assert!(statements[1].ends_with("WHERE ? = child.parent_id"), "{statements:?}");
    assert!(matches!(entry.pieces.last(), Some(Piece::Output { .. })), "SQL comes before the repr");
    // Loaded now: no more SQL, and the repr is CPython's.
    let again = console.eval("alice.children");
    assert!(sql(&again).is_empty(), "{:?}", again.pieces);
    assert!(output(&again).starts_with("[<__main__.Child object at 0x"), "{}", output(&again));
    // A statement that is not an expression shows nothing; None is not displayed.
    assert!(console.eval("x = 41").pieces.is_empty());
    assert!(console.eval("None").pieces.is_empty());
    assert_eq!(output(&console.eval("x + 1")), "42\n");
}

#[test]
fn the_session_and_its_transaction_are_as_the_script_left_them() {
    let mut console = lesson_console();
    // The script's last query autobegan a transaction that is still open (nothing rolled it back).
    assert_eq!(output(&console.eval("db.in_transaction()")), "True\n");
    assert_eq!(output(&console.eval("len(db.new)")), "0\n");
    let added = console.eval("eve = Child(name='Eve'); db.add(eve); [eve in db.new, len(db.new)]");
    assert_eq!(output(&added), "[True, 1]\n");
    // Autoflush before the refresh of `alice`, as SQLAlchemy does.
    let loaded = console.eval("[c.name for c in alice.children]");
    let statements = sql(&loaded);
    assert!(statements[0].starts_with("INSERT INTO child"), "{statements:?}");
    assert_eq!(output(&loaded), "['Dave']\n");
    // Rolling back undoes the flushed row; the script's committed rows stay.
    let rolled = console.eval("db.rollback()");
    assert_eq!(sql(&rolled), ["ROLLBACK"]);
    assert_eq!(output(&console.eval("sorted(c.name for c in db.query(Child))")), "['Dave']\n");
    // The object flushed in the rolled-back transaction is transient again, as SQLAlchemy makes it.
    assert_eq!(output_of(&mut console, "eve in db, eve in db.new"), "(False, False)\n");
}

#[test]
fn an_open_transaction_left_by_the_script_is_not_rolled_back() {
    let lesson = crate::gallery::first_visit();
    let script = format!("{}\ndb.add(Child(name='Zed'))\ndb.flush()\n", lesson.script);
    let (output, mut console) = run_for_console(lesson.models, &script, Limits::default(), None, false);
    assert!(output.error.is_none(), "{:?}", output.error);
    assert_eq!(output_of(&mut console, "[c.name for c in db.query(Child).order_by(Child.id)]"), "['Dave', 'Zed']\n");
    console.eval("db.commit()");
    let rows = console.with_database(|db| db.snapshot()).unwrap_or_default();
    let child = rows.iter().find(|t| t.name == "child").map(|t| t.rows.len());
    assert_eq!(child, Some(2));
}

fn output_of(console: &mut PyConsole, source: &str) -> String {
    let entry = console.eval(source);
    assert!(entry.error.is_none(), "{source}: {:?}", entry.error);
    output(&entry)
}

#[test]
fn errors_are_tracebacks_at_the_console_line_and_the_console_goes_on() {
    let mut console = lesson_console();
    let entry = console.eval("print('before')\nalice.nickname");
    let error = entry.error.clone().expect("an AttributeError");
    assert_eq!(error.class, "AttributeError");
    assert!(error.traceback.contains("File \"<console>\", line 2"), "{}", error.traceback);
    assert!(error.traceback.contains("alice.nickname"), "{}", error.traceback);
    assert_eq!(output(&entry), "before\n", "what ran before the error is kept");
    let syntax = console.eval("alice.(").error.expect("a SyntaxError");
    assert_eq!(syntax.class, "SyntaxError");
    assert!(syntax.traceback.contains("<console>"), "{}", syntax.traceback);
    assert_eq!(output_of(&mut console, "alice.name"), "'Alice'\n");
}

#[test]
fn each_input_has_the_step_budget_and_print_stmt_shows_sqlalchemys_text() {
    let lesson = crate::gallery::first_visit();
    let limits = Limits { steps: 200_000, ..Limits::default() };
    let (_, mut console) = run_for_console(lesson.models, lesson.script, limits, None, false);
    let endless = console.eval("while True: pass").error.expect("the budget ends it");
    assert!(endless.message.contains("step"), "{endless:?}");
    // A fresh budget for the next input.
    let printed =
        output_of(&mut console, "from sqlalchemy import select\nprint(select(Child).where(Child.name == 'Dave'))");
    assert_eq!(printed, "SELECT child.id, child.parent_id, child.name \nFROM child \nWHERE child.name = :name_1\n");
}
