//! Results made from other results: `Result.freeze()` (a `FrozenResult`, called any number of times
//! for a fresh `IteratorResult` over the same rows — what a cache keeps) and `Result.merge(*others)`
//! (a `MergedResult`: this result's rows, then each other's, under this result's keys).
//!
//! Both take the rows the results have not yet handed out, leaving those results exhausted, as
//! SQLAlchemy's `fetchall()` underneath them does.

use super::{Closed, ResultState, ResultView, Shape, this, view_object};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::engine::row::Origins;
use crate::orm::native::{Method, native_class, receiver, wrap};
use std::rc::Rc;

/// Rows taken out of a result, with the keys they are read by.
struct Taken {
    keys: Vec<String>,
    origins: Origins,
    rows: Vec<Vec<Value>>,
}

impl ResultView {
    /// The rows not yet fetched, in this view's columns (`columns("b", "a")` chose some).
    fn take_rows(&self, interp: &mut Interp) -> PyResult<Taken> {
        let columns: Vec<usize> = match self.shape.projection() {
            Some(p) => p.clone(),
            None => (0..self.state.keys.len()).collect(),
        };
        let keys = columns.iter().filter_map(|&c| self.state.keys.get(c).cloned()).collect();
        let origins = match self.state.origins.is_empty() {
            true => Vec::new(),
            false => columns.iter().map(|&c| self.state.origins.get(c).cloned().flatten()).collect(),
        };
        let mut rows = Vec::new();
        if self.check_open(interp)? {
            let raw: Vec<Vec<Value>> = self.state.rows.borrow_mut().drain(..).collect();
            self.state.closed.set(Closed::Soft);
            rows = match self.shape.projection() {
                None => raw,
                Some(p) => raw
                    .into_iter()
                    .map(|r| p.iter().map(|&c| r.get(c).cloned().unwrap_or(Value::None)).collect())
                    .collect(),
            };
        }
        Ok(Taken { keys, origins: Rc::new(origins), rows })
    }
}

/// A fresh iterator result over `taken`'s rows, as a `class_name` object.
fn iterator_result(
    interp: &mut Interp,
    keys: Vec<String>,
    origins: Origins,
    rows: Vec<Vec<Value>>,
    class_name: &str,
) -> Value {
    let mut state = ResultState::rows(keys, rows);
    state.origins = origins;
    state.iterator.set(true);
    view_object(interp, Rc::new(state), Shape::Rows(None), class_name, "sqlalchemy.engine.result")
}

/// `result.freeze()`.
pub(super) fn freeze(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (v, _, _) = this(interp, args)?;
    let taken = v.take_rows(interp)?;
    let class = native_class(interp, "FrozenResult", "sqlalchemy.engine.result", FROZEN_METHODS);
    Ok(wrap(interp, &class, taken))
}

const FROZEN_METHODS: &[(&str, Method)] = &[("__call__", |i, a| {
    let (f, _, _) = receiver::<Taken>(i, a, "FrozenResult")?;
    Ok(iterator_result(i, f.keys.clone(), f.origins.clone(), f.rows.clone(), "IteratorResult"))
})];

/// `result.merge(*others)`.
pub(super) fn merge(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (v, _, rest) = this(interp, args)?;
    let mut merged = v.take_rows(interp)?;
    for other in &rest.positional {
        let (o, _, _) = this(interp, Args::positional(vec![other.clone()]))?;
        merged.rows.extend(o.take_rows(interp)?.rows);
    }
    Ok(iterator_result(interp, merged.keys, merged.origins, merged.rows, "MergedResult"))
}
