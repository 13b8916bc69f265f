//! The SQL log: what an engine sent, as structured entries, and their rendering as the exact text
//! SQLAlchemy's `sqlalchemy.engine.Engine` logger emits with `echo=True` — in one place, so the page's
//! SQL log, `ORMPLAY_ECHO=1` and `ormplay doctest` show the same bytes.
//!
//! Parameters are rendered as `sqlalchemy.sql.util._repr_params` does (long values cut in the middle,
//! more than ten parameter sets elided), each value by CPython's `repr` through [`crate::pyfmt`].

use crate::db::Cell;
use serde::{Deserialize, Serialize};

/// What sent a statement (for grouping in the page's log).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// `create_all` / `drop_all` and other schema statements.
    Ddl,
    /// A session's unit of work.
    Flush,
    /// A query, a lazy load, ORM-enabled DML.
    Query,
    /// `Connection.execute` / `exec_driver_sql` of Core statements and `text()`.
    Execute,
    /// Transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT).
    Transaction,
}

/// What a log entry records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogKind {
    /// `BEGIN (implicit)`: SQLAlchemy's transaction began (pysqlite sends BEGIN lazily, before the
    /// first INSERT/UPDATE/DELETE).
    Begin,
    Commit,
    Rollback,
    /// A statement with its parameters and how its compilation is described.
    Statement {
        params: Params,
        stats: Stats,
    },
}

/// The parameters of one execution as sent to the driver (after the types' bind processors).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Params {
    /// One parameter tuple: `('spongebob',)`.
    Single(Vec<Cell>),
    /// executemany: a list of tuples, `[(1, 1), (2, 4)]`.
    Many(Vec<Vec<Cell>>),
}

/// The bracket before the parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stats {
    /// First compilation on this engine, and how long ago it started (seconds).
    Generated { seconds: f64 },
    /// Compiled before on this engine, that long ago.
    Cached { seconds: f64 },
    /// Not cacheable (DDL, SAVEPOINT, multi-VALUES INSERT).
    NoKey { seconds: f64 },
    /// Driver-level SQL.
    RawSql,
    /// One batch of an "insertmanyvalues" execution: `base` is the first batch's stat.
    ManyValues { base: Box<Stats>, batch: u32, total: u32, ordered: bool, downgraded: bool },
}

/// One log record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Run-wide order across engines.
    pub seq: u64,
    pub kind: LogKind,
    /// The statement text (for BEGIN / COMMIT / ROLLBACK: their log message).
    pub sql: String,
    pub phase: Phase,
    /// Statements of one flush (or one commit) share a group number.
    pub group: u32,
    /// The engine had `echo` on: the entry is part of what `echo=True` prints.
    pub echo: bool,
    /// What made the ORM send it, when not the statement itself (an autoflush, a lazy load, the
    /// flush at `commit()`), and the statement that was running.
    #[serde(default)]
    pub trigger: Option<Trigger>,
}

/// Why the ORM sent a statement the script did not write: `what` ("autoflush", "flush at commit()",
/// "lazy load of Parent.children", "refresh of expired Parent") and where (the statement running then).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub what: String,
    /// The file name the interpreter knows ("script.py", "models.py", "<console>").
    pub file: String,
    /// 1-based line of the statement.
    pub line: u32,
}

impl LogEntry {
    /// The lines SQLAlchemy's logger emits for this entry (messages only, no trailing newline).
    pub fn echo_lines(&self) -> Vec<String> {
        match &self.kind {
            LogKind::Begin => vec!["BEGIN (implicit)".into()],
            LogKind::Commit => vec!["COMMIT".into()],
            LogKind::Rollback => vec!["ROLLBACK".into()],
            LogKind::Statement { params, stats } => {
                let sql = match stats {
                    Stats::ManyValues { .. } => long_statement(&self.sql),
                    _ => self.sql.clone(),
                };
                vec![sql, format!("[{}] {}", stats_text(stats), repr_params(params, !matches!(stats, Stats::RawSql)))]
            }
        }
    }

    /// The entry's echo text: its lines, each ending in a newline (what the log handler writes).
    pub fn echo_text(&self) -> String {
        self.echo_lines().into_iter().map(|l| l + "\n").collect()
    }
}

/// `[...]`'s content, as `DefaultExecutionContext._get_cache_stats` and the insertmanyvalues loop
/// write it.
pub fn stats_text(stats: &Stats) -> String {
    match stats {
        Stats::Generated { seconds } => format!("generated in {seconds:.5}s"),
        Stats::Cached { seconds } => format!("cached since {}s ago", general4(*seconds)),
        Stats::NoKey { seconds } => format!("no key {seconds:.5}s"),
        Stats::RawSql => "raw sql".into(),
        Stats::ManyValues { base, batch, total, ordered, downgraded } => {
            let order = if *ordered { "ordered" } else { "unordered" };
            let note = if *downgraded { "; batch not supported" } else { "" };
            let tail = format!(" {batch}/{total} ({order}{note})");
            if *batch == 1 {
                format!("{} (insertmanyvalues){tail}", stats_text(base))
            } else {
                format!("insertmanyvalues{tail}")
            }
        }
    }
}

/// `%.4g`.
fn general4(x: f64) -> String {
    crate::pyfmt::pyformat_float(x, ".4g").unwrap_or_else(|_| x.to_string())
}

/// `sql_util._long_statement`: statements over 500 characters keep 250 + 100 of them.
fn long_statement(sql: &str) -> String {
    let chars: Vec<char> = sql.chars().collect();
    if chars.len() <= 500 {
        return sql.to_string();
    }
    let left: String = chars[..250].iter().collect();
    let right: String = chars[chars.len() - 100..].iter().collect();
    format!("{left} ... {} characters truncated ... {right}", chars.len() - 350)
}

/// CPython's `repr` of the Python value a driver parameter came from.
pub fn repr_cell(cell: &Cell) -> String {
    match cell {
        Cell::Null => "None".into(),
        Cell::Integer(n) => n.to_string(),
        Cell::Real(f) => crate::pyfmt::float_repr(*f),
        Cell::Text(s) => crate::pyfmt::repr_str(s),
        Cell::Blob(b) => crate::pyfmt::repr_bytes(b),
    }
}

/// `_repr_base.trunc` with `max_chars = 300`: a long repr keeps its first and last 150 characters.
pub fn trunc(rep: String) -> String {
    const MAX: usize = 300;
    let len = rep.chars().count();
    if len <= MAX {
        return rep;
    }
    let chars: Vec<char> = rep.chars().collect();
    let left: String = chars[..MAX / 2].iter().collect();
    let right: String = chars[len - MAX / 2..].iter().collect();
    format!("{left} ... ({} characters truncated) ... {right}", len - MAX)
}

/// `repr(memoryview(data))`: `<memory at 0x…>`, with a stand-in address derived from the content (a
/// real address differs on every run anyway).
fn memoryview_repr(data: &[u8]) -> String {
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3));
    format!("<memory at 0x7f{:010x}>", (hash & 0xff_ffff_fff0))
}

/// `_repr_params(params, batches=10)`: a tuple, or a list of tuples with the middle sets elided.
/// `processed`: the values went through SQLAlchemy's bind processors, which hand binary values to
/// pysqlite as `memoryview`s (`LargeBinary`), so the log shows `<memory at 0x…>` for them; driver-level
/// SQL (`exec_driver_sql`) logs the `bytes` it was given.
pub fn repr_params(params: &Params, processed: bool) -> String {
    const BATCHES: usize = 10;
    let repr_tuple = |cells: &[Cell]| repr_tuple(cells, processed);
    match params {
        Params::Single(cells) => repr_tuple(cells),
        Params::Many(sets) if sets.len() > BATCHES => {
            let head: Vec<String> = sets[..BATCHES - 2].iter().map(|s| repr_tuple(s)).collect();
            let tail: Vec<String> = sets[sets.len() - 2..].iter().map(|s| repr_tuple(s)).collect();
            format!(
                "[{}  ... displaying {BATCHES} of {} total bound parameter sets ...  {}]",
                head.join(", "),
                sets.len(),
                tail.join(", ")
            )
        }
        Params::Many(sets) => {
            let items: Vec<String> = sets.iter().map(|s| repr_tuple(s)).collect();
            format!("[{}]", items.join(", "))
        }
    }
}

/// One parameter tuple; more than 100 values keep the first and last 50.
fn repr_tuple(cells: &[Cell], processed: bool) -> String {
    const MAX_PARAMS: usize = 100;
    let item = |c: &Cell| match c {
        Cell::Blob(b) if processed => memoryview_repr(b),
        _ => trunc(repr_cell(c)),
    };
    if cells.len() > MAX_PARAMS {
        let half = MAX_PARAMS / 2;
        let head: Vec<String> = cells[..half].iter().map(item).collect();
        let tail: Vec<String> = cells[cells.len() - half..].iter().map(item).collect();
        return format!(
            "({} ... {} parameters truncated ... {})",
            head.join(", "),
            cells.len() - MAX_PARAMS,
            tail.join(", ")
        );
    }
    let items: Vec<String> = cells.iter().map(item).collect();
    match items.as_slice() {
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(params: Params, stats: Stats) -> LogEntry {
        LogEntry {
            seq: 0,
            kind: LogKind::Statement { params, stats },
            sql: "INSERT INTO t VALUES (?, ?)".into(),
            phase: Phase::Execute,
            group: 0,
            echo: true,
            trigger: None,
        }
    }

    #[test]
    fn statements_render_as_sqlalchemys_logger_writes_them() {
        let e = statement(Params::Single(vec![Cell::Text("spongebob".into())]), Stats::Generated { seconds: 0.00012 });
        assert_eq!(e.echo_text(), "INSERT INTO t VALUES (?, ?)\n[generated in 0.00012s] ('spongebob',)\n");
        let e = statement(Params::Single(vec![]), Stats::Cached { seconds: 0.001076 });
        assert_eq!(e.echo_lines()[1], "[cached since 0.001076s ago] ()");
        let e = statement(Params::Single(vec![]), Stats::RawSql);
        assert_eq!(e.echo_lines()[1], "[raw sql] ()");
        let e = statement(
            Params::Many(vec![vec![Cell::Integer(1), Cell::Real(2.5)], vec![Cell::Null, Cell::Blob(b"a'b".to_vec())]]),
            Stats::NoKey { seconds: 0.00005 },
        );
        assert_eq!(e.echo_lines()[1], "[no key 0.00005s] [(1, 2.5), (None, <memory at 0x7f1904812ee0>)]");
        let e = statement(Params::Single(vec![Cell::Blob(b"a'b".to_vec())]), Stats::RawSql);
        assert_eq!(e.echo_lines()[1], "[raw sql] (b\"a'b\",)");
    }

    #[test]
    fn insertmanyvalues_batches_name_their_position() {
        let base = Box::new(Stats::Generated { seconds: 0.00018 });
        let first = Stats::ManyValues { base: base.clone(), batch: 1, total: 3, ordered: true, downgraded: true };
        let second = Stats::ManyValues { base, batch: 2, total: 3, ordered: true, downgraded: true };
        assert_eq!(stats_text(&first), "generated in 0.00018s (insertmanyvalues) 1/3 (ordered; batch not supported)");
        assert_eq!(stats_text(&second), "insertmanyvalues 2/3 (ordered; batch not supported)");
    }

    #[test]
    fn long_values_and_many_sets_are_cut_as_sqlalchemy_cuts_them() {
        let long = trunc(crate::pyfmt::repr_str(&"a".repeat(400)));
        assert_eq!(long.len(), 150 + 150 + " ... (102 characters truncated) ... ".len());
        assert!(long.starts_with("'aaa") && long.contains(" ... (102 characters truncated) ... "));
        let sets: Vec<Vec<Cell>> = (0..12).map(|i| vec![Cell::Integer(i)]).collect();
        let text = repr_params(&Params::Many(sets), true);
        assert_eq!(
            text,
            "[(0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,)  ... displaying 10 of 12 total bound parameter sets ...  (10,), (11,)]"
        );
    }
}
