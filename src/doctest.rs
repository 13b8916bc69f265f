//! `ormplay doctest FILE.rst...`: SQLAlchemy's documentation doctests run the way its
//! `test/base/test_tutorials.py` runs them (the contract is `../shared/sqla-doctests/README.md`).
//!
//! The files' examples ([`parse`]) run in order in one interpreter with the ORM installed and one
//! globals namespace shared by all files, starting as `{"print_function": print}` — no `__name__`, so
//! classes defined in examples belong to `builtins` (`<class 'User'>`). Each example is compiled in
//! interactive mode ([`crate::ir::interactive`]): bare expression statements display their values. The
//! SQL echo of engines created with `echo=True` goes into stdout as it is logged, interleaved with
//! prints. Every example yields one [`Record`] (what it printed and the exception that escaped it, if
//! any); an exception never stops the run, and each example gets a fresh step budget.

pub mod parse;

use crate::eval::value::Module;
use crate::eval::{Interp, Value};
use serde::Serialize;
use std::rc::Rc;

/// The outcome of one example (one JSON line of the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub file: String,
    pub line: usize,
    pub out: String,
    pub exc: Option<Raised>,
}

/// An exception that escaped an example: its class name (no module) and `str()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Raised {
    #[serde(rename = "type")]
    pub class: String,
    pub msg: String,
}

/// A session of examples sharing one interpreter and namespace.
pub struct Doctest {
    interp: Interp,
    globals: Rc<Module>,
}

impl Default for Doctest {
    fn default() -> Self {
        Self::new()
    }
}

impl Doctest {
    pub fn new() -> Self {
        let mut interp = Interp::new();
        let orm = crate::orm::install(&mut interp);
        orm.log_sink.to_stdout.set(true);
        orm.log_sink.tables_by_key.set(true);
        // Named like a module for tracebacks, but with no `__name__` in its namespace.
        let globals = Rc::new(Module::new("__main__"));
        if let Some(print) = interp.builtins.get("print") {
            globals.set("print_function", print);
        }
        Doctest { interp, globals }
    }

    /// Runs one example's source (named `file` in tracebacks) and reports what came of it.
    pub fn run_example(&mut self, file: &str, line: usize, source: &str) -> Record {
        let interp = &mut self.interp;
        interp.reset_budget();
        let exc = match crate::python::parse(source) {
            Err(problems) => {
                let msg = problems.first().map(|p| p.message.clone()).unwrap_or_default();
                Some(Raised { class: "SyntaxError".into(), msg })
            }
            Ok(mut module) => {
                crate::ir::interactive(&mut module);
                let index = interp.add_file(file, source);
                match interp.run_module(&module, &self.globals, index) {
                    Ok(()) => None,
                    Err(exc) => Some(Raised { class: exc.class_name(), msg: interp.exception_message(&exc) }),
                }
            }
        };
        Record { file: file.to_string(), line, out: interp.take_output(), exc }
    }

    /// A value in the shared namespace (for tests).
    pub fn global(&self, name: &str) -> Option<Value> {
        self.globals.get(name)
    }
}

impl Drop for Doctest {
    fn drop(&mut self) {
        // The examples are over: the namespace is freed without recursion and without leaving cycles.
        crate::eval::teardown::break_cycles(vec![crate::eval::Value::Module(self.globals.clone())]);
    }
}

/// Runs the examples of `paths` in order, handing each record to `emit` as soon as it exists (so a
/// run cut short by a timeout still reports what it did). A file that cannot be read is an error
/// returned after the records of the files before it.
pub fn run_files(
    paths: &[String],
    read: &dyn Fn(&str) -> Result<String, String>,
    emit: &mut dyn FnMut(&Record),
) -> Result<usize, String> {
    let mut session = Doctest::new();
    let mut count = 0;
    for path in paths {
        for example in parse::examples_of(path, read)? {
            if example.skip {
                continue;
            }
            let record = session.run_example(&example.file, example.line, &example.source);
            emit(&record);
            count += 1;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests;
