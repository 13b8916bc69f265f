//! `sum()`, `avg()` and `total()` as SQLite 3.40 computes them — the SQLite Python's `sqlite3`
//! module runs under SQLAlchemy in the recorded corpora and the docs. From 3.43 on SQLite adds floats
//! with Kahan-Babuska-Neumaier compensation, so `avg(0.1, 2.5, 1/3)` came out one ulp away from what
//! learners see under SQLAlchemy. These replace the built-ins on every connection with the plain
//! running double sum of `func.c`'s `sumStep`/`sumFinalize`/`avgFinalize`/`totalFinalize` (3.40),
//! as aggregates and as window functions (`sum(x) OVER (...)` uses the inverse step).
//!
//! The rules: NULLs are skipped; integers are summed exactly while every value is an integer (an
//! overflow is the error "integer overflow"), any other value makes the sum a float; text counts
//! as the number it spells (`'12'`), else 0.0. `sum` of no rows is NULL, `avg` too, `total` 0.0.

use rusqlite::functions::{Aggregate, Context, FunctionFlags, WindowAggregate};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Error, Result};

/// Which of the three functions a registration computes.
#[derive(Clone, Copy)]
enum Kind {
    Sum,
    Avg,
    Total,
}

/// `SumCtx` of SQLite's `func.c`.
#[derive(Default)]
struct SumCtx {
    real: f64,
    int: i64,
    count: i64,
    approx: bool,
    overflow: bool,
}

/// A value as `sqlite3_value_numeric_type` sees it: an integer, a float, or nothing (NULL).
enum Numeric {
    Int(i64),
    Real(f64),
}

fn numeric(v: ValueRef<'_>) -> Option<Numeric> {
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(Numeric::Int(n)),
        ValueRef::Real(f) => Some(Numeric::Real(f)),
        ValueRef::Text(t) => {
            let s = std::str::from_utf8(t).unwrap_or("").trim();
            match (s.parse::<i64>(), s.parse::<f64>()) {
                (Ok(n), _) => Some(Numeric::Int(n)),
                (_, Ok(f)) => Some(Numeric::Real(f)),
                _ => Some(Numeric::Real(0.0)),
            }
        }
        ValueRef::Blob(_) => Some(Numeric::Real(0.0)),
    }
}

impl SumCtx {
    /// `sumStep` (`sign` 1) and `sumInverse` (`sign` -1).
    fn add(&mut self, v: ValueRef<'_>, sign: i64) {
        let Some(n) = numeric(v) else { return };
        self.count += sign;
        match n {
            Numeric::Int(n) => {
                self.real += sign as f64 * n as f64;
                if !self.approx && !self.overflow {
                    let step = if sign > 0 { self.int.checked_add(n) } else { self.int.checked_sub(n) };
                    match step {
                        Some(s) => self.int = s,
                        None => {
                            self.approx = true;
                            self.overflow = true;
                        }
                    }
                }
            }
            Numeric::Real(f) => {
                self.real += sign as f64 * f;
                self.approx = true;
            }
        }
    }

    fn result(&self, kind: Kind) -> Result<Value> {
        match kind {
            Kind::Total => Ok(Value::Real(self.real)),
            _ if self.count <= 0 => Ok(Value::Null),
            Kind::Avg => Ok(Value::Real(self.real / self.count as f64)),
            Kind::Sum if self.overflow => Err(Error::UserFunctionError("integer overflow".into())),
            Kind::Sum if self.approx => Ok(Value::Real(self.real)),
            Kind::Sum => Ok(Value::Integer(self.int)),
        }
    }
}

impl Aggregate<SumCtx, Value> for Kind {
    fn init(&self, _: &mut Context<'_>) -> Result<SumCtx> {
        Ok(SumCtx::default())
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut SumCtx) -> Result<()> {
        acc.add(ctx.get_raw(0), 1);
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<SumCtx>) -> Result<Value> {
        acc.unwrap_or_default().result(*self)
    }
}

impl WindowAggregate<SumCtx, Value> for Kind {
    fn value(&self, acc: Option<&mut SumCtx>) -> Result<Value> {
        match acc {
            Some(acc) => acc.result(*self),
            None => SumCtx::default().result(*self),
        }
    }

    fn inverse(&self, ctx: &mut Context<'_>, acc: &mut SumCtx) -> Result<()> {
        acc.add(ctx.get_raw(0), -1);
        Ok(())
    }
}

/// Registers the three functions on `conn`, replacing SQLite's own.
pub fn install(conn: &Connection) -> Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_window_function("sum", 1, flags, Kind::Sum)?;
    conn.create_window_function("avg", 1, flags, Kind::Avg)?;
    conn.create_window_function("total", 1, flags, Kind::Total)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(conn: &Connection, sql: &str) -> Value {
        conn.query_row(sql, [], |r| r.get::<_, Value>(0)).expect("query")
    }

    #[test]
    fn sums_floats_without_compensation_as_sqlite_3_40() {
        let conn = Connection::open_in_memory().expect("open");
        install(&conn).expect("install");
        let rows = "(SELECT 0.1 AS x UNION ALL SELECT 0.2 UNION ALL SELECT 0.3)";
        assert_eq!(one(&conn, &format!("SELECT sum(x) FROM {rows}")), Value::Real(0.1 + 0.2 + 0.3));
        assert_eq!(one(&conn, &format!("SELECT avg(x) FROM {rows}")), Value::Real((0.1 + 0.2 + 0.3) / 3.0));
        assert_eq!(one(&conn, "SELECT sum(x) FROM (SELECT 1 AS x UNION ALL SELECT 2)"), Value::Integer(3));
        assert_eq!(one(&conn, "SELECT sum(x) FROM (SELECT NULL AS x)"), Value::Null);
        assert_eq!(one(&conn, "SELECT total(x) FROM (SELECT NULL AS x)"), Value::Real(0.0));
        let over = "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM \
                    (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3) ORDER BY x DESC LIMIT 1";
        assert_eq!(one(&conn, over), Value::Integer(5));
        let overflow =
            conn.query_row("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)", [], |r| {
                r.get::<_, Value>(0)
            });
        assert!(overflow.is_err_and(|e| e.to_string().contains("integer overflow")));
    }
}
