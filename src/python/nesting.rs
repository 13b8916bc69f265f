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
/// Most brackets open at once (CPython's tokenizer's `MAXLEVEL`: "too many nested parentheses").
pub const MAX_BRACKETS: usize = 200;
/// Deepest indentation accepted (CPython's limit: "too many levels of indentation").
pub const MAX_INDENT_LEVELS: usize = 100;

/// One open bracket or f-string replacement field: what closes it (0 for a replacement field), where
/// it opened, and its operator chain length.
struct Level {
    close: u8,
    open_at: usize,
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
    /// The first closing bracket that did not match the innermost open one (the tokenizer's error).
    mismatch: Option<Mismatch>,
}

/// A closing bracket that does not match the innermost open bracket (or closes nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mismatch {
    pub close: char,
    pub at: u32,
    /// The open bracket it should have closed, and where it opened; None when nothing was open.
    pub open: Option<(char, u32)>,
}

/// What the scan learned besides the depth: where the innermost bracket left open at the end of the
/// source opened, if any. CPython's tokenizer reports it (`'(' was never closed`) in place of a parse
/// error found on a later line.
pub struct Brackets {
    pub unclosed: Option<(char, u32)>,
    /// CPython's tokenizer reports this before any parse error, wherever it is.
    pub mismatch: Option<Mismatch>,
}

/// Checks the whole source; the error is located at the point where a limit was passed.
pub fn check(source: &str) -> Result<Brackets, ParseProblem> {
    let mut s = Scanner {
        src: source.as_bytes(),
        pos: 0,
        levels: Vec::new(),
        top_chain: 0,
        depth: 0,
        indents: vec![0],
        modes: vec![Mode::Code],
        mismatch: None,
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
    let innermost = s.levels.iter().rev().find(|l| l.close != 0);
    let unclosed = innermost.and_then(|l| s.opened(l));
    Ok(Brackets { unclosed, mismatch: s.mismatch })
}

impl Scanner<'_> {
    /// The bracket that opened `level`, and where.
    fn opened(&self, level: &Level) -> Option<(char, u32)> {
        let open = self.src.get(level.open_at).copied().map(char::from)?;
        Some((open, u32::try_from(level.open_at).ok()?))
    }

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
                let open_at = self.pos;
                // CPython's tokenizer: at most MAXLEVEL brackets open at once. An f-string's replacement
                // field is tokenized on its own in 3.11, so its brackets count from zero.
                let open = self.levels.iter().rev().take_while(|l| l.close != 0).count();
                if open >= MAX_BRACKETS {
                    return Err(self.problem(ProblemKind::SyntaxError, "too many nested parentheses".into()));
                }
                self.pos += 1;
                let close = match c {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                self.levels.push(Level { close, open_at, chain: 0 });
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
        let level = self.levels.pop();
        if self.mismatch.is_none() && level.as_ref().is_none_or(|l| l.close != c) {
            self.mismatch = Some(Mismatch {
                close: char::from(c),
                at: u32::try_from(self.pos.saturating_sub(1)).unwrap_or(u32::MAX),
                open: level.as_ref().and_then(|l| self.opened(l)),
            });
        }
        if let Some(level) = level {
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
            self.levels.push(Level { close: 0, open_at: self.pos, chain: 0 });
            self.depth += 1;
            self.modes.push(Mode::Code);
            return self.check_depth();
        } else {
            self.pos += 1;
        }
        Ok(())
    }
}
