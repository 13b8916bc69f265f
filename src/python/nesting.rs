//! A cheap pre-parse scan that bounds how deeply the source nests, before ruff's parser sees it.
//!
//! The parser, the lowering and the drop of syntax trees are all recursive, so a program such as
//! `x = ------…1` (100 000 minus signs) or `1+1+…+1` would overflow the native stack and abort the page.
//! CPython refuses such programs too (`too many nested parentheses`, `too many levels of indentation`,
//! or a RecursionError while compiling). This scan estimates the tree depth from tokens without building
//! anything: each open bracket (and f-string replacement field) is a level, and within a level every
//! operator, keyword operator, attribute dot or closed bracket since the last separator (`,` `:` `;` `=`
//! or the end of the logical line) adds one. Strings and comments are skipped. The estimate is an upper
//! bound of the real depth for the shapes that recurse, and stays small for ordinary code.

use super::{ParseProblem, ProblemKind};
use crate::source::Span;

/// Deepest estimated expression nesting accepted (CPython itself stops at 200 nested brackets).
pub const MAX_EXPRESSION_DEPTH: usize = 400;
/// Deepest indentation accepted (CPython's limit: "too many levels of indentation").
pub const MAX_INDENT_LEVELS: usize = 100;

/// One open bracket or f-string replacement field: what closes it, and its operator chain length.
struct Level {
    close: u8,
    chain: usize,
}

/// What the scanner is inside of.
enum Mode {
    Code,
    /// A string literal: its quote byte, whether triple-quoted, and whether an f-string.
    Str {
        quote: u8,
        triple: bool,
        fmt: bool,
    },
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    levels: Vec<Level>,
    /// The operator chain of the logical line outside any bracket.
    top_chain: usize,
    /// Sum of all chains plus the number of levels: the depth estimate.
    depth: usize,
    /// Indentation widths of the enclosing blocks.
    indents: Vec<usize>,
    /// Modes below the current one (strings containing replacement fields containing strings…).
    modes: Vec<Mode>,
}

/// Checks the whole source; the error is located at the point where a limit was passed.
pub fn check(source: &str) -> Result<(), ParseProblem> {
    let mut s = Scanner {
        src: source.as_bytes(),
        pos: 0,
        levels: Vec::new(),
        top_chain: 0,
        depth: 0,
        indents: vec![0],
        modes: vec![Mode::Code],
    };
    s.line_start()?;
    while s.pos < s.src.len() {
        match s.modes.last() {
            Some(Mode::Str { quote, triple, fmt }) => {
                let (quote, triple, fmt) = (*quote, *triple, *fmt);
                s.string_step(quote, triple, fmt)?;
            }
            _ => s.code_step()?,
        }
    }
    Ok(())
}

impl Scanner<'_> {
    fn problem(&self, kind: ProblemKind, message: String) -> ParseProblem {
        let at = self.pos.min(self.src.len()) as u32;
        ParseProblem { kind, message, span: Span::new(at, at) }
    }

    fn peek(&self, offset: usize) -> u8 {
        self.src.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn add_chain(&mut self) -> Result<(), ParseProblem> {
        match self.levels.last_mut() {
            Some(level) => level.chain += 1,
            None => self.top_chain += 1,
        }
        self.depth += 1;
        self.check_depth()
    }

    fn reset_chain(&mut self) {
        let chain = match self.levels.last_mut() {
            Some(level) => std::mem::take(&mut level.chain),
            None => std::mem::take(&mut self.top_chain),
        };
        self.depth -= chain;
    }

    fn check_depth(&self) -> Result<(), ParseProblem> {
        if self.depth > MAX_EXPRESSION_DEPTH {
            return Err(self.problem(
                ProblemKind::NotSupported,
                format!("not supported in ormplay: expressions nested more than {MAX_EXPRESSION_DEPTH} levels deep"),
            ));
        }
        Ok(())
    }

    /// At the start of a logical line: measures its indentation against the enclosing blocks.
    fn line_start(&mut self) -> Result<(), ParseProblem> {
        let mut width = 0;
        while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
            width += if self.peek(0) == b'\t' { 8 - width % 8 } else { 1 };
            self.pos += 1;
        }
        if matches!(self.peek(0), b'\n' | b'\r' | b'#' | 0) {
            return Ok(()); // blank and comment lines do not indent
        }
        while self.indents.last().is_some_and(|&top| width < top) {
            self.indents.pop();
        }
        if self.indents.last().is_none_or(|&top| width > top) {
            self.indents.push(width);
        }
        if self.indents.len() > MAX_INDENT_LEVELS {
            return Err(self.problem(ProblemKind::SyntaxError, "too many levels of indentation".into()));
        }
        Ok(())
    }

    fn code_step(&mut self) -> Result<(), ParseProblem> {
        let c = self.peek(0);
        match c {
            b'#' => {
                while !matches!(self.peek(0), b'\n' | 0) {
                    self.pos += 1;
                }
            }
            b'\\' if matches!(self.peek(1), b'\n' | b'\r') => self.pos += 2,
            b'\n' => {
                self.pos += 1;
                if self.levels.is_empty() && self.modes.len() == 1 {
                    self.reset_chain();
                    self.line_start()?;
                }
            }
            b'(' | b'[' | b'{' => {
                self.pos += 1;
                let close = match c {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                self.levels.push(Level { close, chain: 0 });
                self.depth += 1;
                self.check_depth()?;
            }
            b')' | b']' | b'}' => {
                self.pos += 1;
                self.close_level(c)?;
            }
            b',' | b';' | b':' => {
                self.pos += 1;
                self.reset_chain();
            }
            b'=' if self.peek(1) != b'=' => {
                self.pos += 1;
                self.reset_chain();
            }
            b'\'' | b'"' => self.open_string(0),
            b'.' if !self.peek(1).is_ascii_digit() => {
                self.pos += 1;
                self.add_chain()?;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>' | b'!' | b'=' => {
                // `**`, `//=`, `<=`, `->`: one operator; `- -` or `--` are two (unary operators nest).
                self.pos += 1;
                while matches!(self.peek(0), b'*' | b'/' | b'=' | b'<' | b'>') {
                    self.pos += 1;
                }
                self.add_chain()?;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => self.word()?,
            _ => self.pos += 1,
        }
        Ok(())
    }

    fn close_level(&mut self, c: u8) -> Result<(), ParseProblem> {
        // The closer of an f-string replacement field returns to the string.
        if c == b'}' && self.levels.last().is_some_and(|l| l.close == 0) {
            if let Some(level) = self.levels.pop() {
                self.depth -= level.chain + 1;
            }
            self.modes.pop();
            return Ok(());
        }
        if let Some(level) = self.levels.pop() {
            self.depth -= level.chain + 1;
        }
        // `f(x)(y)`, `a[0][1]`: a closed bracket nests what follows around it.
        self.add_chain()
    }

    fn word(&mut self) -> Result<(), ParseProblem> {
        let start = self.pos;
        while self.peek(0).is_ascii_alphanumeric() || self.peek(0) == b'_' || self.peek(0) >= 0x80 {
            self.pos += 1;
        }
        let word = self.src.get(start..self.pos).unwrap_or_default();
        if matches!(self.peek(0), b'\'' | b'"') && word.len() <= 2 && word.iter().all(|b| b"rRbBuUfF".contains(b)) {
            self.pos = start;
            self.open_string(word.len());
            return Ok(());
        }
        if matches!(word, b"not" | b"and" | b"or" | b"if" | b"else" | b"lambda" | b"in" | b"is" | b"await" | b"yield") {
            self.add_chain()?;
        }
        Ok(())
    }

    /// Opens a string literal whose prefix is `prefix_len` bytes long, at `self.pos`.
    fn open_string(&mut self, prefix_len: usize) {
        let prefix = self.src.get(self.pos..self.pos + prefix_len).unwrap_or_default();
        let fmt = prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'f'));
        self.pos += prefix_len;
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        self.modes.push(Mode::Str { quote, triple, fmt });
    }

    fn string_step(&mut self, quote: u8, triple: bool, fmt: bool) -> Result<(), ParseProblem> {
        let c = self.peek(0);
        if c == b'\\' {
            // Even in raw strings a backslash keeps the next quote from closing the string.
            self.pos += 2;
        } else if c == quote && (!triple || (self.peek(1) == quote && self.peek(2) == quote)) {
            self.pos += if triple { 3 } else { 1 };
            self.modes.pop();
        } else if c == b'\n' && !triple {
            self.pos += 1;
            self.modes.pop(); // an unterminated string: the parser reports it
        } else if fmt && c == b'{' && self.peek(1) == b'{' {
            self.pos += 2;
        } else if fmt && c == b'{' {
            self.pos += 1;
            self.levels.push(Level { close: 0, chain: 0 });
            self.depth += 1;
            self.modes.push(Mode::Code);
            return self.check_depth();
        } else {
            self.pos += 1;
        }
        Ok(())
    }
}
