//! The small Markdown subset the gallery's `lesson.md` files use, parsed into plain data for the page
//! to render (`ui/lesson.rs`): `#` headings, paragraphs, `-` lists with indented continuation lines,
//! fenced code blocks, `**bold**` and `` `code` ``. Anything else stays plain text, which is fine for a
//! teaching note. Kept out of the UI so it is tested natively; never panics (slicing is at the markers'
//! own byte positions, which are ASCII).

/// One block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    Code(String),
}

/// Splits `text` into blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            continue;
        }
        if trimmed.starts_with("```") {
            let mut code = Vec::new();
            for inner in lines.by_ref() {
                if inner.trim_start().starts_with("```") {
                    break;
                }
                code.push(inner);
            }
            out.push(Block::Code(code.join("\n")));
        } else if let Some(heading) = trimmed.strip_prefix('#') {
            out.push(Block::Heading(heading.trim_start_matches('#').trim().to_string()));
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            let mut items = vec![item.to_string()];
            while let Some(next) = lines.peek() {
                if let Some(more) = next.strip_prefix("- ") {
                    items.push(more.trim_end().to_string());
                } else if next.starts_with("  ") && !next.trim().is_empty() {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(next.trim());
                    }
                } else {
                    break;
                }
                lines.next();
            }
            out.push(Block::List(items));
        } else {
            let mut paragraph = trimmed.to_string();
            while let Some(next) = lines.peek() {
                let t = next.trim();
                if t.is_empty() || t.starts_with("- ") || t.starts_with('#') || t.starts_with("```") {
                    break;
                }
                paragraph.push(' ');
                paragraph.push_str(t);
                lines.next();
            }
            out.push(Block::Paragraph(paragraph));
        }
    }
    out
}

/// Inline pieces: plain text, `code` and **bold**.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Code(String),
    Bold(String),
}

pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let code = rest.find('`');
        let bold = rest.find("**");
        let next = match (code, bold) {
            (Some(c), Some(b)) => Some(c.min(b)),
            (c, b) => c.or(b),
        };
        let Some(at) = next else {
            out.push(Inline::Text(rest.to_string()));
            break;
        };
        let (before, marked) = rest.split_at(at);
        let (marker, wrap): (&str, fn(String) -> Inline) =
            if marked.starts_with("**") { ("**", Inline::Bold) } else { ("`", Inline::Code) };
        let body = marked.get(marker.len()..).unwrap_or_default();
        match body.find(marker) {
            Some(end) => {
                if !before.is_empty() {
                    out.push(Inline::Text(before.to_string()));
                }
                out.push(wrap(body.get(..end).unwrap_or_default().to_string()));
                rest = body.get(end + marker.len()..).unwrap_or_default();
            }
            None => {
                out.push(Inline::Text(rest.to_string()));
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_headings_paragraphs_lists_and_code() {
        let text = "# Title `x`\n\nOne\ntwo.\n\n- a\n  more\n- b\n\n```python\nx = 1\n```\n";
        assert_eq!(
            blocks(text),
            vec![
                Block::Heading("Title `x`".into()),
                Block::Paragraph("One two.".into()),
                Block::List(vec!["a more".into(), "b".into()]),
                Block::Code("x = 1".into()),
            ]
        );
    }

    #[test]
    fn every_gallery_lesson_parses_into_a_heading_and_text() {
        for lesson in crate::gallery::LESSONS {
            let parsed = blocks(lesson.explanation);
            assert!(matches!(parsed.first(), Some(Block::Heading(h)) if !h.is_empty()), "{}", lesson.id);
            assert!(parsed.len() >= 2, "{}", lesson.id);
        }
    }

    #[test]
    fn inline_code_and_bold_and_unclosed_markers() {
        assert_eq!(
            inlines("a `b` **c** d `e"),
            vec![
                Inline::Text("a ".into()),
                Inline::Code("b".into()),
                Inline::Text(" ".into()),
                Inline::Bold("c".into()),
                Inline::Text(" d `e".into()),
            ]
        );
    }
}
