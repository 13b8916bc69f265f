//! SQL compilation against SQLAlchemy, one test per script (datatest-style): each
//! `tests/sql_compile/NNN-name.py` builds statements and prints them (`print(stmt)`,
//! `stmt.compile(...)`, reprs), and its `.expected` is what real SQLAlchemy 2.1.9 printed for the same
//! script (`scripts/record-sql-compile.sh`). The script must print exactly that through the library.

use datatest_stable::Utf8Path;
use ormplay::eval::Limits;

fn check_script(path: &Utf8Path, source: String) -> datatest_stable::Result<()> {
    let expected = std::fs::read_to_string(path.with_extension("expected"))?;
    let actual = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let limits = Limits { stack: 200 << 20, ..Limits::default() };
            ormplay::run::run_with(&source, "", limits)
        })?
        .join()
        .map_err(|_| "the run panicked")?;
    if let Some(failure) = &actual.error {
        return Err(
            format!("uncaught {}:\n{}\nafter printing:\n{}", failure.class, failure.traceback, actual.stdout).into()
        );
    }
    if actual.stdout != expected {
        return Err(format!("output differs:\n--- expected\n{expected}--- actual\n{}", actual.stdout).into());
    }
    Ok(())
}

datatest_stable::harness! {
    { test = check_script, root = "tests/sql_compile", pattern = r"^.*\.py$" },
}
