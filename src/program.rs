//! Running a plain Python program end to end: parse and lower ([`crate::python`]), evaluate
//! ([`crate::eval`]), and report what it printed and how it ended, with a CPython-style traceback.

use crate::eval::{Interp, Limits};
use crate::python::{ParseProblem, ProblemKind};
use crate::source::LineIndex;
use serde::Serialize;
use std::rc::Rc;

/// How a program ended.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Failure {
    /// The exception class name (`"ZeroDivisionError"`), or `"SyntaxError"`.
    pub class: String,
    pub message: String,
    /// The traceback as CPython prints it.
    pub traceback: String,
    /// 1-based line of the innermost location in the program, if known.
    pub line: Option<u32>,
}

impl Failure {
    /// Whether the code did not parse (nothing of it ran): the page then keeps showing the last run
    /// that did, and the runtime keeps that run's timeline.
    pub fn is_parse_error(&self) -> bool {
        matches!(self.class.as_str(), "SyntaxError" | "IndentationError" | "TabError")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramOutcome {
    pub stdout: String,
    pub error: Option<Failure>,
}

/// Runs `source` (named `file_name` in tracebacks) with the default limits.
pub fn run_python(source: &str, file_name: &str) -> ProgramOutcome {
    run_python_with(source, file_name, Limits::default())
}

pub fn run_python_with(source: &str, file_name: &str, limits: Limits) -> ProgramOutcome {
    let module = match crate::python::parse(source) {
        Ok(m) => m,
        Err(problems) => {
            return ProgramOutcome { stdout: String::new(), error: Some(parse_failure(source, file_name, &problems)) };
        }
    };
    let mut interp = Interp::new();
    interp.limits = limits;
    let file = interp.add_file(file_name, source);
    let globals = Rc::new(crate::eval::value::Module::new("__main__"));
    globals.set("__name__", crate::eval::Value::str("__main__"));
    let result = interp.run_module(&module, &globals, file);
    let error = result.err().map(|exc| {
        let mut failure = failure(&mut interp, &exc);
        failure.class = traceback_class(&interp, &exc);
        failure
    });
    interp.close_generators();
    let stdout = interp.take_output();
    // The run is over: its namespace is freed without recursion and without leaving cycles behind.
    crate::eval::teardown::break_cycles(vec![crate::eval::Value::Module(globals)]);
    ProgramOutcome { stdout, error }
}

/// The class CPython's last top-level `Traceback (most recent call last):` names, which the Python
/// corpus records as `!! Class`: the exception's own, except for an exception group, which CPython
/// prints under an indented "Exception Group Traceback" instead; there it is the nearest exception in
/// the group's `__cause__`/`__context__` chain that is not a group (or the group's own, if none is).
fn traceback_class(interp: &Interp, exc: &crate::eval::Exc) -> String {
    use crate::eval::Value;
    let Some(Value::Class(group)) = interp.builtins.get("BaseExceptionGroup") else { return exc.class_name() };
    let mut current = exc.value.clone();
    for _ in 0..1000 {
        if !current.class.is_subclass_of(&group) {
            return current.class.name.to_string();
        }
        let next = {
            let dict = current.dict.borrow();
            let suppressed = matches!(dict.get("__suppress_context__"), Some(Value::Bool(true)));
            match (dict.get("__cause__"), dict.get("__context__")) {
                (Some(Value::Instance(cause)), _) => Some(cause.clone()),
                (_, Some(Value::Instance(context))) if !suppressed => Some(context.clone()),
                _ => None,
            }
        };
        match next {
            Some(next) => current = next,
            None => break,
        }
    }
    exc.class_name()
}

/// Describes an uncaught exception.
pub fn failure(interp: &mut Interp, exc: &crate::eval::Exc) -> Failure {
    let line = interp.exception_origin(exc).and_then(|(file, span)| {
        let f = interp.files.get(file)?;
        Some(f.lines.line_col(&f.text, span.start).line)
    });
    Failure {
        class: exc.class_name(),
        message: interp.exception_message(exc),
        traceback: interp.format_traceback(exc),
        line,
    }
}

/// Describes a program that could not be parsed or lowered, as CPython reports a SyntaxError.
pub fn parse_failure(source: &str, file_name: &str, problems: &[ParseProblem]) -> Failure {
    let index = LineIndex::new(source);
    let first = &problems[0];
    let at = index.line_col(source, first.span.start);
    let class = match first.kind {
        ProblemKind::SyntaxError => "SyntaxError",
        ProblemKind::NotSupported => "NotImplementedError",
        ProblemKind::IndentationError => "IndentationError",
    };
    let traceback = format!(
        "  File \"{file_name}\", line {}\n    {}\n{class}: {}\n",
        at.line,
        index.quoted_line(source, at.line),
        first.message
    );
    Failure { class: class.to_string(), message: first.message.clone(), traceback, line: Some(at.line) }
}
