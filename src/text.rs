//! Small text helpers shared by the renderers: escaping for HTML/SVG and plain-text grids.

/// Escapes text for HTML and SVG content and attribute values. Everything user-supplied passes
/// through here (or through the UI framework's own escaping) before it becomes markup.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders a grid of cells as an aligned text table (the CLI's `sql` output).
pub fn text_grid(columns: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = columns.iter().map(|c| c.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> =
            cells.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        format!("| {} |", padded.join(" | "))
    };
    let rule = format!("+{}+", widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("+"));
    let mut out = vec![rule.clone(), line(columns), rule.clone()];
    out.extend(rows.iter().map(|r| line(r)));
    out.push(rule);
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape_html(r#"<b a="x">&'"#), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn grid_aligns_columns() {
        let grid = text_grid(&["id".into(), "name".into()], &[vec!["1".into(), "Alice".into()]]);
        assert_eq!(grid, "+----+-------+\n| id | name  |\n+----+-------+\n| 1  | Alice |\n+----+-------+");
    }
}
