//! Which database a SQLite URL names: an in-memory one (`sqlite://`, `sqlite:///:memory:`), private
//! to its engine, or a file (`sqlite:///./app.db`), which every engine naming the same path shares —
//! two `create_engine()` calls on one file see each other's committed rows, as on disk.

/// The normalized file path a SQLite URL names, or `None` for an in-memory database.
pub fn file_path(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let rest = rest.split_once('?').map_or(rest, |(path, _)| path);
    // `sqlite:///relative.db` has one slash before the path, `sqlite:////abs.db` two.
    let path = rest.strip_prefix('/')?;
    if path.is_empty() || path == ":memory:" || path.starts_with("file::memory:") {
        return None;
    }
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let joined = parts.join("/");
    Some(if absolute { format!("/{joined}") } else { joined })
}

/// Whether the URL names an in-memory database (SQLAlchemy then picks `SingletonThreadPool`).
pub fn is_memory(url: &str) -> bool {
    file_path(url).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_and_file_urls() {
        assert_eq!(file_path("sqlite://"), None);
        assert_eq!(file_path("sqlite:///:memory:"), None);
        assert_eq!(file_path("sqlite:///./sql_app.db").as_deref(), Some("sql_app.db"));
        assert_eq!(file_path("sqlite:///sql_app.db").as_deref(), Some("sql_app.db"));
        assert_eq!(file_path("sqlite+pysqlite:///data/../app.db?timeout=5").as_deref(), Some("app.db"));
        assert_eq!(file_path("sqlite:////tmp/x.db").as_deref(), Some("/tmp/x.db"));
    }
}
