//! Tracebacks as CPython prints them: the chain of causes and contexts, one frame per line with its
//! source, and the `ClassName: message` line (with notes and "Did you mean" suggestions); plus the
//! locations native libraries ask for (the current line, the call site, where an exception was raised).

use super::{Exc, Interp, Value};
use crate::source::{FileSpan, Span};

impl Interp {
    /// Keeps the traceback of an exception a handler caught, for chained tracebacks. A program that
    /// catches millions of exceptions keeps only the most recent few hundred.
    pub(crate) fn remember_traceback(&mut self, exc: &Exc) {
        if self.caught_tracebacks.len() >= 256 {
            self.caught_tracebacks.clear();
        }
        self.caught_tracebacks.insert(exc.value.id, exc.traceback.clone());
    }

    /// Formats a traceback the way CPython prints one, with the exceptions it was raised from or while
    /// handling first ("The above exception was the direct cause of the following exception:").
    pub fn format_traceback(&mut self, exc: &Exc) -> String {
        let mut chain: Vec<(Box<Exc>, &'static str)> = Vec::new();
        let mut current = exc.value.clone();
        while chain.len() < 16 {
            let (cause, context) = {
                let dict = current.dict.borrow();
                (dict.get("__cause__").cloned(), dict.get("__context__").cloned())
            };
            let (next, note) = match (cause, context) {
                (Some(Value::Instance(c)), _) => {
                    (c, "The above exception was the direct cause of the following exception:")
                }
                (Some(Value::None), _) => break,
                (None, Some(Value::Instance(c))) => {
                    (c, "During handling of the above exception, another exception occurred:")
                }
                _ => break,
            };
            let mut earlier = Exc::new(next.clone());
            earlier.traceback = self.caught_tracebacks.get(&next.id).cloned().unwrap_or_default();
            chain.push((earlier, note));
            current = next;
        }
        let mut out = String::new();
        for (earlier, note) in chain.iter().rev() {
            out.push_str(&self.format_one_traceback(earlier));
            out.push_str(&format!("\n{note}\n\n"));
        }
        out.push_str(&self.format_one_traceback(exc));
        out
    }

    fn format_one_traceback(&mut self, exc: &Exc) -> String {
        let mut out = String::from("Traceback (most recent call last):\n");
        for entry in exc.traceback.iter().rev() {
            let Some(file) = self.files.get(entry.file) else { continue };
            let at = file.lines.line_col(&file.text, entry.span.start);
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file.name, at.line, entry.function));
            let line = file.lines.quoted_line(&file.text, at.line);
            if !line.is_empty() {
                out.push_str(&format!("    {line}\n"));
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
        out
    }

    /// `ClassName: message`, the last line of a traceback.
    pub fn exception_line(&mut self, exc: &Exc) -> String {
        let name = exc.class_name();
        let mut message = self.exception_message(exc);
        if let Some(s) = self.suggestion(exc) {
            message.push_str(&format!(". Did you mean: '{s}'?"));
        }
        let mut line = if message.is_empty() { name } else { format!("{name}: {message}") };
        // Notes added with `add_note` follow the exception line, one per line.
        if let Some(Value::List(notes)) = exc.value.dict.borrow().get("__notes__") {
            for note in notes.borrow().iter() {
                if let Value::Str(s) = note {
                    line.push('\n');
                    line.push_str(s);
                }
            }
        }
        line
    }

    /// The 1-based line of the statement being executed, in its file (for native libraries' messages).
    pub fn current_line(&self) -> Option<(usize, u32)> {
        let (file, span) = self.location;
        let f = self.files.get(file)?;
        Some((file, f.lines.line_col(&f.text, span.start).line))
    }

    /// Where the native function being called was called from: the whole call expression (or the class
    /// header, for a class-creation hook).
    pub fn call_site(&self) -> FileSpan {
        self.call_site
    }

    /// Where an exception was raised: its innermost traceback entry.
    pub fn exception_origin(&self, exc: &Exc) -> Option<(usize, Span)> {
        exc.traceback.first().map(|e| (e.file, e.span))
    }
}
