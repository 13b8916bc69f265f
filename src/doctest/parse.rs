//! Finding the examples of SQLAlchemy's documentation files exactly as its `test_tutorials.py` does:
//! marker removal (`{sql}`, `{stop}`, ...), `.. doctest-include NAME.rst` (the included file parsed raw
//! as its own block), `.. doctest-enable` / `.. doctest-disable` regions (blanked lines), then Python's
//! `doctest.DocTestParser` rules on each block: a `>>> ` line and its `... ` continuation lines are the
//! source, the following non-blank lines not starting with `>>>` are the expected output, and
//! blank-or-comment sources are no examples. `# doctest: +SKIP` marks an example that is not run.

use std::path::Path;

/// One example to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The file the example comes from: the path as given, or `dirname(given)/NAME.rst` for an include.
    pub file: String,
    /// 1-based line of the example's first `>>>` line in that file.
    pub line: usize,
    /// The source without prompts, ending with a newline.
    pub source: String,
    /// The expected output (for reference; the checker judges it).
    pub want: String,
    /// `# doctest: +SKIP`.
    pub skip: bool,
}

/// A run of lines parsed as one doctest: the file they belong to and the 1-based line of the first.
struct Block {
    file: String,
    first_line: usize,
    lines: Vec<String>,
}

/// The examples of `path` (as given on the command line), in document order; `read` reads a file.
pub fn examples_of(path: &str, read: &dyn Fn(&str) -> Result<String, String>) -> Result<Vec<Example>, String> {
    let text = read(path)?;
    let mut blocks = Vec::new();
    let mut buf: Vec<(usize, String)> = Vec::new();
    let mut enabled = true;
    let flush = |buf: &mut Vec<(usize, String)>, file: &str, blocks: &mut Vec<Block>| {
        if let Some(first_line) = buf.first().map(|(n, _)| *n) {
            let lines = buf.drain(..).map(|(_, l)| l).collect();
            blocks.push(Block { file: file.to_string(), first_line, lines });
        }
    };
    for (index, line) in universal_lines(&text).into_iter().enumerate() {
        let line = remove_markers(&line);
        if let Some(name) = include_target(&line) {
            flush(&mut buf, path, &mut blocks);
            let dir = Path::new(path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            let included = if dir.is_empty() { name.to_string() } else { format!("{dir}/{name}") };
            let inner = read(&included)?;
            let lines: Vec<String> = universal_lines(&inner);
            if !lines.is_empty() {
                blocks.push(Block { file: included, first_line: 1, lines });
            }
        }
        if let Some(on) = enable_switch(&line) {
            enabled = on;
        }
        buf.push((index + 1, if enabled { line } else { "\n".to_string() }));
    }
    flush(&mut buf, path, &mut blocks);
    Ok(blocks.iter().flat_map(parse_block).collect())
}

/// Lines as Python's universal-newline reading gives them: each ending in `\n` (the last may not).
fn universal_lines(text: &str) -> Vec<String> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    normalized.split_inclusive('\n').map(str::to_string).collect()
}

/// `re.sub(r"{(?:stop|sql|opensql|execsql|printsql)}", "", line)`.
fn remove_markers(line: &str) -> String {
    let mut out = line.to_string();
    for marker in ["{stop}", "{sql}", "{opensql}", "{execsql}", "{printsql}"] {
        out = out.replace(marker, "");
    }
    out
}

/// `re.match(r"\.\. doctest-include (.+\.rst)", line)`: the greedy name up to the last `.rst`.
fn include_target(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(".. doctest-include ")?;
    let rest = rest.strip_suffix('\n').unwrap_or(rest);
    let end = rest.rfind(".rst")?;
    (end > 0).then(|| &rest[..end + 4])
}

/// `re.match(r"\.\. doctest-(enable|disable)", line)`.
fn enable_switch(line: &str) -> Option<bool> {
    if line.starts_with(".. doctest-enable") {
        Some(true)
    } else if line.starts_with(".. doctest-disable") {
        Some(false)
    } else {
        None
    }
}

/// `DocTestParser.parse` on one block (tabs expanded, common indentation removed first).
fn parse_block(block: &Block) -> Vec<Example> {
    let text: String = block.lines.concat();
    let text = expand_tabs(&text);
    let lines: Vec<&str> = text.split('\n').collect();
    let min_indent = lines
        .iter()
        .filter(|l| l.trim_start_matches(' ').chars().next().is_some_and(|c| !c.is_whitespace()))
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = lines.iter().map(|l| l.get(min_indent..).unwrap_or("")).collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(indent) = prompt_indent(lines[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut source_lines = vec![lines[i]];
        i += 1;
        while i < lines.len() && is_continuation(lines[i]) {
            source_lines.push(lines[i]);
            i += 1;
        }
        let mut want_lines = Vec::new();
        while i < lines.len() && !lines[i].trim_start_matches(' ').is_empty() && prompt_indent(lines[i]).is_none() {
            want_lines.push(lines[i]);
            i += 1;
        }
        let source: Vec<&str> = source_lines.iter().map(|l| l.get(indent + 4..).unwrap_or("")).collect();
        let source = source.join("\n");
        if is_blank_or_comment(&source) {
            continue;
        }
        let want: Vec<&str> = want_lines.iter().map(|l| l.get(indent..).unwrap_or("")).collect();
        examples.push(Example {
            file: block.file.clone(),
            line: block.first_line + start,
            skip: has_skip(&source),
            source: format!("{source}\n"),
            want: if want.is_empty() { String::new() } else { format!("{}\n", want.join("\n")) },
        });
    }
    examples
}

/// The indentation of a `>>>` prompt line (spaces only, as doctest's regex has it).
fn prompt_indent(line: &str) -> Option<usize> {
    let rest = line.trim_start_matches(' ');
    rest.starts_with(">>>").then_some(line.len() - rest.len())
}

/// A `...` continuation line (any indentation, as the regex matches; doctest then checks it).
fn is_continuation(line: &str) -> bool {
    line.trim_start_matches(' ').starts_with("...")
}

fn is_blank_or_comment(source: &str) -> bool {
    let rest = source.trim_start_matches(' ');
    !source.contains('\n') && (rest.is_empty() || rest.starts_with('#'))
}

/// A `# doctest: +SKIP` directive (CPython's `_OPTION_DIRECTIVE_RE` per line, last option wins).
fn has_skip(source: &str) -> bool {
    let mut skip = false;
    for line in source.lines() {
        let Some(pos) = line.find('#') else { continue };
        let comment = line[pos + 1..].trim_start();
        let Some(options) = comment.strip_prefix("doctest:") else { continue };
        for option in options.split([',', ' ']).map(str::trim).filter(|o| !o.is_empty()) {
            match option {
                "+SKIP" => skip = true,
                "-SKIP" => skip = false,
                _ => {}
            }
        }
    }
    skip
}

fn expand_tabs(text: &str) -> String {
    if !text.contains('\t') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let n = 8 - column % 8;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\n' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(files: &[(&str, &str)]) -> Vec<Example> {
        let files: Vec<(String, String)> = files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        let read = move |p: &str| files.iter().find(|(n, _)| n == p).map(|(_, t)| t.clone()).ok_or(p.to_string());
        examples_of("docs/a.rst", &read).expect("parses")
    }

    #[test]
    fn prompts_continuations_and_expected_output() {
        let ex = parse(&[(
            "docs/a.rst",
            "Intro\n\n    >>> x = 1\n    >>> with open() as f:\n    ...     f.read()\n    {execsql}SELECT 1\n    [...] ()\n\n    >>> # just a comment\n",
        )]);
        assert_eq!(ex.len(), 2);
        assert_eq!((ex[0].line, ex[0].source.as_str(), ex[0].want.as_str()), (3, "x = 1\n", ""));
        assert_eq!(ex[1].line, 4);
        assert_eq!(ex[1].source, "with open() as f:\n    f.read()\n");
        assert_eq!(ex[1].want, "SELECT 1\n[...] ()\n");
    }

    #[test]
    fn includes_are_parsed_raw_with_their_own_lines_and_disabled_regions_vanish() {
        let ex = parse(&[
            (
                "docs/a.rst",
                ">>> a = 1\n.. doctest-include _setup.rst\n.. doctest-disable:\n>>> gone()\n.. doctest-enable\n>>> b = 2  # doctest: +SKIP\n",
            ),
            ("docs/_setup.rst", "\n>>> {sql}setup()\n"),
        ]);
        let found: Vec<(&str, usize, &str, bool)> =
            ex.iter().map(|e| (e.file.as_str(), e.line, e.source.as_str(), e.skip)).collect();
        assert_eq!(
            found,
            [
                ("docs/a.rst", 1, "a = 1\n", false),
                ("docs/_setup.rst", 2, "{sql}setup()\n", false),
                ("docs/a.rst", 6, "b = 2  # doctest: +SKIP\n", true),
            ]
        );
    }
}
