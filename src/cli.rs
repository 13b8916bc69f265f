//! The command-line interface: `ormplay <command> FILES...`, one function per subcommand.
//!
//! Each subcommand reads files, calls the core, and prints plain text or JSON. Exit codes: 0 success,
//! 1 the user's program failed (an uncaught exception, a failing statement), 2 usage or I/O errors.

mod models;

use crate::db::{Database, Outcome};
use crate::text::text_grid;

const USAGE: &str = "\
usage: ormplay <command> [args]

commands:
  run MODELS.py SCRIPT.py   run models + script, print the result as JSON
  python FILE.py            run a Python program, print its output
  ddl MODELS.py [--dialect sqlite|postgresql]
                            print the schema's CREATE TABLE statements (sqlite by default)
  diagram MODELS.py [--format svg|mermaid|dbml]
                            print the ER diagram (svg by default)
  sql FILE.sql              run SQL against an in-memory database, print the results
  link MODELS.py SCRIPT.py  print the permalink fragment (after '#') that opens this code
  doctest FILE.rst...       run SQLAlchemy documentation doctests, one JSON line per example
";

pub fn main(args: Vec<String>) -> i32 {
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return 2;
    };
    match command.as_str() {
        "sql" => sql(rest),
        "python" => with_big_stack(rest, python),
        "link" => link(rest),
        "doctest" => with_big_stack(rest, doctest),
        "run" => with_big_stack(rest, run),
        "ddl" => with_big_stack(rest, models::ddl),
        "diagram" => with_big_stack(rest, models::diagram),
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            0
        }
        other => {
            eprintln!("ormplay: unknown command '{other}'\n\n{USAGE}");
            2
        }
    }
}

/// Reads a file named on the command line, reporting failures as a usage error.
pub(crate) fn read_arg(path: &str) -> Result<String, i32> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("ormplay: cannot read {path}: {e}");
        2
    })
}

/// Runs a command on a thread with a large stack: Python recursion up to the limit of 1000 calls
/// nests the tree-walking evaluator deeply, more than a main thread's default stack allows.
fn with_big_stack(args: &[String], command: fn(&[String]) -> i32) -> i32 {
    let args = args.to_vec();
    let handle = std::thread::Builder::new().stack_size(1 << 30).spawn(move || command(&args));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("ormplay: internal error (the evaluator crashed); please report this program");
            70
        }
    }
}

/// `ormplay python FILE.py`: prints the program's output; an uncaught exception ends it with
/// `!! ClassName` on stdout (the pycases contract) and the traceback on stderr.
fn python(args: &[String]) -> i32 {
    let [path] = args else {
        eprintln!("usage: ormplay python FILE.py");
        return 2;
    };
    let source = match read_arg(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let outcome = crate::program::run_python(&source, path);
    print!("{}", outcome.stdout);
    match outcome.error {
        None => 0,
        Some(failure) => {
            if !outcome.stdout.is_empty() && !outcome.stdout.ends_with('\n') {
                println!();
            }
            println!("!! {}", failure.class);
            eprint!("{}", failure.traceback);
            1
        }
    }
}

/// `ormplay run MODELS.py SCRIPT.py`: the result as JSON (the conformance contract); the traceback
/// of an uncaught exception goes to stderr.
fn run(args: &[String]) -> i32 {
    let [models, script] = args else {
        eprintln!("usage: ormplay run MODELS.py SCRIPT.py");
        return 2;
    };
    let (models, script) = match (read_arg(models), read_arg(script)) {
        (Ok(m), Ok(s)) => (m, s),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let output = crate::run::run(&models, &script);
    if std::env::var_os("ORMPLAY_ECHO").is_some() {
        for entry in &output.sql_log {
            eprint!("{}", entry.echo_text());
        }
    }
    if let Some(failure) = &output.error {
        eprint!("{}", failure.traceback);
    }
    println!("{}", crate::run::conformance_json(&output));
    i32::from(output.error.is_some())
}

/// `ormplay doctest FILE.rst...`: every example of the files, in one shared namespace, printed as
/// one JSON object per line (`file`, `line`, `out`, `exc`) as soon as it has run.
fn doctest(args: &[String]) -> i32 {
    if args.is_empty() {
        eprintln!("usage: ormplay doctest FILE.rst...");
        return 2;
    }
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let mut emit = |record: &crate::doctest::Record| {
        use std::io::Write;
        let line = serde_json::to_string(record).unwrap_or_default();
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    match crate::doctest::run_files(args, &read, &mut emit) {
        Ok(_) => 0,
        Err(message) => {
            eprintln!("ormplay doctest: {message}");
            2
        }
    }
}

fn link(args: &[String]) -> i32 {
    let [models, script] = args else {
        eprintln!("usage: ormplay link MODELS.py SCRIPT.py");
        return 2;
    };
    match (read_arg(models), read_arg(script)) {
        (Ok(models), Ok(script)) => {
            println!("{}", crate::permalink::link_for_code(&models, &script));
            0
        }
        (Err(code), _) | (_, Err(code)) => code,
    }
}

fn sql(args: &[String]) -> i32 {
    let [path] = args else {
        eprintln!("usage: ormplay sql FILE.sql");
        return 2;
    };
    let source = match read_arg(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut db = match Database::new() {
        Ok(db) => db,
        Err(e) => {
            eprintln!("ormplay: cannot open a database: {e}");
            return 1;
        }
    };
    for (statement, result) in db.run_script(&source) {
        match result {
            Ok(outcome) => println!("{}", describe(&outcome)),
            Err(e) => {
                eprintln!("error in `{statement}`: {e}");
                return 1;
            }
        }
    }
    0
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Rows { columns, rows } => {
            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| c.display()).collect()).collect();
            let n = rows.len();
            format!("{}\n({n} row{})", text_grid(columns, &cells), if n == 1 { "" } else { "s" })
        }
        Outcome::Affected { verb, count } => format!("{count} row{} {verb}", if *count == 1 { "" } else { "s" }),
        Outcome::Done { what } => what.clone(),
    }
}
