//! The command-line interface: `ormplay <command> FILES...`, one function per subcommand.
//!
//! Each subcommand reads files, calls the core, and prints plain text or JSON. Exit codes: 0 success,
//! 1 the user's program failed (an uncaught exception, a failing statement), 2 usage or I/O errors.

/// `print!` for the commands' results: a reader that has gone away (`ormplay link M S | head -c 10`)
/// ends the program quietly, as a command-line tool does, where `print!` would panic on the broken pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::emit(format_args!($($arg)*)) };
}

/// `println!` with [`out!`]'s handling of a closed stdout.
macro_rules! outln {
    () => { $crate::cli::emit(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::emit(format_args!("{}\n", format_args!($($arg)*))) };
}

mod models;

use crate::db::{Database, Outcome};
use crate::eval::Limits;
use crate::text::text_grid;

const USAGE: &str = "\
usage: ormplay <command> [args]

commands:
  run [LIMITS] MODELS.py SCRIPT.py
                            run models + script, print the result as JSON
  python [LIMITS] FILE.py   run a Python program, print its output
  ddl MODELS.py [--dialect sqlite|postgresql]
                            print the schema's CREATE TABLE statements (sqlite by default)
  diagram MODELS.py [--format svg|mermaid|dbml]
                            print the ER diagram (svg by default)
  sql FILE.sql              run SQL against an in-memory database, print the results
  link MODELS.py SCRIPT.py  print the permalink fragment (after '#') that opens this code
  doctest FILE.rst...       run SQLAlchemy documentation doctests, one JSON line per example

limits (run, python):
  --memory MB               memory a run may use before MemoryError (default 400)
  --page                    the page's limits (step budget, recursion, memory) instead of the CLI's
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
            out!("{USAGE}");
            0
        }
        other => {
            eprintln!("ormplay: unknown command '{other}'\n\n{USAGE}");
            2
        }
    }
}

/// Writes a command's result to stdout; see [`out!`].
pub(crate) fn emit(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        stdout_failed(&e);
    }
}

/// Stdout cannot be written: a closed pipe is the reader saying it has seen enough, so the program
/// stops quietly with success; any other failure is reported and ends it with the I/O error status.
fn stdout_failed(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("ormplay: cannot write to stdout: {e}");
    std::process::exit(74);
}

/// Reads a file named on the command line, reporting failures as a usage error.
pub(crate) fn read_arg(path: &str) -> Result<String, i32> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("ormplay: cannot read {path}: {e}");
        2
    })
}

/// The native stack of the thread the CLI's commands run on.
const CLI_STACK: usize = 1 << 30;

/// The CLI's step budget: a program runs natively here, with no page to keep responsive, so the
/// budget only has to stop an endless loop, not bound a browser's wait. Course exercises of the
/// "sum the multiples below 200,000" / memoised-Collatz kind take tens of millions of steps (CPython
/// runs them in well under a second; the release build does about ten million steps a second).
/// `--page` keeps the page's budget.
const CLI_STEPS: u64 = 100_000_000;

/// Runs a command on a thread with a large stack: Python recursion up to the limit of 1000 calls
/// nests the tree-walking evaluator deeply, more than a main thread's default stack allows.
fn with_big_stack(args: &[String], command: fn(&[String]) -> i32) -> i32 {
    let args = args.to_vec();
    let handle = std::thread::Builder::new().stack_size(CLI_STACK).spawn(move || command(&args));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("ormplay: internal error (the evaluator crashed); please report this program");
            70
        }
    }
}

/// Takes the limit options (`--memory MB`, `--page`) out of a command's arguments.
fn limit_options(args: &[String]) -> Result<(Limits, Vec<String>), i32> {
    // The stack guard may use the big thread's stack but 64 MiB (the parser and the last frames): a
    // program that raises `sys.setrecursionlimit` recurses as deep as under CPython, debug builds too.
    let mut limits = Limits { stack: CLI_STACK - (64 << 20), steps: CLI_STEPS, ..Limits::default() };
    let mut memory = None;
    let mut rest = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--page" => limits = Limits::page(),
            "--memory" => match args.next().and_then(|mb| mb.parse::<usize>().ok()) {
                Some(mb) if mb > 0 => memory = Some(mb.saturating_mul(1 << 20)),
                _ => {
                    eprintln!("ormplay: --memory takes a number of megabytes");
                    return Err(2);
                }
            },
            _ => rest.push(arg.clone()),
        }
    }
    if let Some(memory) = memory {
        limits.memory = memory;
    }
    Ok((limits, rest))
}

/// `ormplay python FILE.py`: prints the program's output; an uncaught exception ends it with
/// `!! ClassName` on stdout (the pycases contract) and the traceback on stderr.
fn python(args: &[String]) -> i32 {
    let (limits, args) = match limit_options(args) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let [path] = args.as_slice() else {
        eprintln!("usage: ormplay python FILE.py");
        return 2;
    };
    let source = match read_arg(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let outcome = crate::program::run_python_with(&source, path, limits);
    out!("{}", outcome.stdout);
    match outcome.error {
        None => 0,
        Some(failure) => {
            if !outcome.stdout.is_empty() && !outcome.stdout.ends_with('\n') {
                outln!();
            }
            outln!("!! {}", failure.class);
            eprint!("{}", failure.traceback);
            1
        }
    }
}

/// `ormplay run [--trace] MODELS.py SCRIPT.py`: the result as JSON (the conformance contract), or
/// with `--trace` the run timeline as JSON ([`crate::trace::Trace`]); the traceback of an uncaught
/// exception goes to stderr.
fn run(args: &[String]) -> i32 {
    let traced = args.first().is_some_and(|a| a == "--trace");
    let args = if traced { &args[1..] } else { args };
    let (limits, args) = match limit_options(args) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let [models, script] = args.as_slice() else {
        eprintln!("usage: ormplay run [--trace] [--memory MB] [--page] MODELS.py SCRIPT.py");
        return 2;
    };
    let (models, script) = match (read_arg(models), read_arg(script)) {
        (Ok(m), Ok(s)) => (m, s),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    if traced {
        let output = crate::run::run_traced(&models, &script, limits);
        if let Some(failure) = &output.error {
            eprint!("{}", failure.traceback);
        }
        outln!("{}", serde_json::to_string_pretty(&output.trace).unwrap_or_default());
        return i32::from(output.error.is_some());
    }
    let output = crate::run::run_with(&models, &script, limits);
    if std::env::var_os("ORMPLAY_ECHO").is_some() {
        for entry in &output.sql_log {
            eprint!("{}", entry.echo_text());
        }
    }
    if let Some(failure) = &output.error {
        eprint!("{}", failure.traceback);
    }
    outln!("{}", crate::run::conformance_json(&output));
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
        if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
            stdout_failed(&e);
        }
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
            outln!("{}", crate::permalink::link_for_code(&models, &script));
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
    // The console's own entry point, so the CLI gets the page's work budget: a recursive CTE that never
    // ends stops with "interrupted" here too.
    for crate::console::ConsoleEntry { statement, result } in crate::console::run(&mut db, &source) {
        match result {
            Ok(outcome) => outln!("{}", describe(&outcome)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn limits_of(args: &[&str]) -> Limits {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        limit_options(&args).map(|(limits, _)| limits).unwrap_or_else(|_| Limits::page())
    }

    /// Course exercises of tens of millions of steps finish natively; `--page` keeps the page's
    /// budget, which bounds the browser's wait.
    #[test]
    fn the_cli_budget_fits_long_exercises_and_page_keeps_its_own() {
        assert!(limits_of(&["python", "x.py"]).steps >= 50_000_000);
        assert_eq!(limits_of(&["python", "--page", "x.py"]).steps, Limits::page().steps);
        assert_eq!(limits_of(&["--memory", "16", "x.py"]).memory, 16 << 20);
    }
}
