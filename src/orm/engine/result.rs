//! Results (`sqlalchemy.engine.result` / `.cursor`): `CursorResult` (what `Connection.execute` returns),
//! the ORM's `ChunkedIteratorResult`, and the `ScalarResult` / `MappingResult` views — all over one
//! buffered [`ResultState`], so a view and its parent consume the same rows, as SQLAlchemy's do.
//!
//! Closing follows SQLAlchemy: fetching everything (`all()`, exhausting iteration) closes the result
//! *softly* (later fetches give `[]` / `None`); `first()`, `one()`, `scalar()` and friends close it
//! *hard* (later fetches raise ResourceClosedError), as does `close()`. A result of a statement that
//! returns no rows (an UPDATE) refuses every fetch.

mod combine;
mod keys;
mod properties;

use properties::PROPERTIES;

pub use keys::keys_value;

use super::super::native::{Method, arg, native_class, receiver, wrap};
use super::super::orm;
use super::row::{Origins, mapping_value_from, row_value_from};
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::orm::SaExc;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closed {
    Open,
    /// All rows were fetched: further fetches are empty.
    Soft,
    /// Closed: further fetches raise.
    Hard,
}

/// The rows and facts of one execution, shared by every view of it.
pub struct ResultState {
    pub keys: Rc<Vec<String>>,
    /// The table column behind each key, where known (a Core statement's columns): how
    /// `row._mapping[table.c.x]` tells apart two columns of one name.
    pub origins: Origins,
    rows: RefCell<VecDeque<Vec<Value>>>,
    closed: Cell<Closed>,
    pub returns_rows: bool,
    /// Rows an INSERT / UPDATE / DELETE changed (-1 for a query, as pysqlite reports it).
    pub rowcount: i64,
    pub lastrowid: Option<i64>,
    /// For an `insert()` construct: the new row's primary key; `None` for anything else.
    pub inserted_primary_key: super::inserted::InsertedKey,
    /// `is_insert`: the statement was an `insert()` construct (a textual INSERT is not).
    pub is_insert: bool,
    /// Rows come from joined eager loads against collections: `unique()` must be called.
    pub require_unique: bool,
    /// `yield_per(n)`: the default size of `partitions()`.
    yield_per: Cell<Option<usize>>,
    /// An ORM (iterator) result: `fetchmany()` without a size takes every remaining row
    /// (`itertools.islice(rows, 0, None)`), where a cursor's takes `cursor.arraysize` (1).
    iterator: Cell<bool>,
}

impl ResultState {
    pub fn rows(keys: Vec<String>, rows: Vec<Vec<Value>>) -> Self {
        ResultState {
            keys: Rc::new(keys),
            origins: Rc::new(Vec::new()),
            rows: RefCell::new(rows.into()),
            closed: Cell::new(Closed::Open),
            returns_rows: true,
            rowcount: -1,
            lastrowid: None,
            inserted_primary_key: Default::default(),
            is_insert: false,
            require_unique: false,
            yield_per: Cell::new(None),
            iterator: Cell::new(false),
        }
    }

    /// The result of a statement that returns no rows (it is closed from the start).
    pub fn no_rows(rowcount: i64, lastrowid: Option<i64>) -> Self {
        ResultState {
            keys: Rc::new(Vec::new()),
            origins: Rc::new(Vec::new()),
            rows: RefCell::new(VecDeque::new()),
            closed: Cell::new(Closed::Hard),
            returns_rows: false,
            rowcount,
            lastrowid,
            inserted_primary_key: Default::default(),
            is_insert: false,
            require_unique: false,
            yield_per: Cell::new(None),
            iterator: Cell::new(false),
        }
    }
}

/// What a result object hands out.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    /// `Row`s, of the given column positions (all when `None`).
    Rows(Option<Vec<usize>>),
    /// One column's values (`scalars(index)`).
    Scalars(usize),
    /// `RowMapping`s, of the given column positions (all when `None`).
    Mappings(Option<Vec<usize>>),
}

impl Shape {
    /// The column positions this view hands out, `None` for all of them.
    fn projection(&self) -> Option<&Vec<usize>> {
        match self {
            Shape::Rows(p) | Shape::Mappings(p) => p.as_ref(),
            Shape::Scalars(_) => None,
        }
    }
}

/// One result object: a view over the shared state.
pub struct ResultView {
    state: Rc<ResultState>,
    shape: Shape,
    /// `unique()`: items already handed out, by hash key.
    seen: RefCell<Option<Vec<crate::eval::dict::Key>>>,
}

/// The Python class of each kind of result object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultClass {
    /// `Connection.execute`'s result.
    Cursor,
    /// `Session.execute`'s result for ORM statements.
    Chunked,
}

/// A result object for `state`.
pub fn result_object(interp: &mut Interp, state: ResultState, class: ResultClass) -> Value {
    let (name, module) = match class {
        ResultClass::Cursor => ("CursorResult", "sqlalchemy.engine.cursor"),
        ResultClass::Chunked => ("ChunkedIteratorResult", "sqlalchemy.engine.result"),
    };
    state.iterator.set(class == ResultClass::Chunked);
    view_object(interp, Rc::new(state), Shape::Rows(None), name, module)
}

fn view_object(interp: &mut Interp, state: Rc<ResultState>, shape: Shape, name: &str, module: &str) -> Value {
    // ScalarResult and MappingResult have only the fetching half of Result's API.
    let omit: &[&str] = match shape {
        Shape::Rows(_) => &[],
        Shape::Scalars(_) => &[
            "scalars",
            "mappings",
            "columns",
            "keys",
            "scalar",
            "scalar_one",
            "scalar_one_or_none",
            "fetchone",
            "tuples",
            "freeze",
            "merge",
        ],
        Shape::Mappings(_) => {
            &["scalars", "mappings", "scalar", "scalar_one", "scalar_one_or_none", "tuples", "freeze", "merge"]
        }
    };
    let methods: Vec<(&str, Method)> = RESULT_METHODS.iter().copied().filter(|(n, _)| !omit.contains(n)).collect();
    let class = native_class(interp, name, module, &methods);
    let properties: &[(&str, Method)] = if matches!(shape, Shape::Rows(_)) { PROPERTIES } else { &[] };
    for (prop, getter) in properties {
        super::super::native::native_property(&class, prop, *getter);
    }
    wrap(interp, &class, ResultView { state, shape, seen: RefCell::new(None) })
}

/// The legacy entry point the ORM uses: rows of values named by `names`; `scalars` gives the first
/// column's values.
pub fn result_value(interp: &mut Interp, names: Vec<String>, rows: Vec<Vec<Value>>, scalars: bool) -> Value {
    orm_result_value(interp, names, rows, scalars, false)
}

/// [`result_value`] for an ORM statement; `require_unique`: it has joined eager loads against
/// collections, so fetching refuses until `unique()` is called, as SQLAlchemy's ORM result does.
pub fn orm_result_value(
    interp: &mut Interp,
    names: Vec<String>,
    rows: Vec<Vec<Value>>,
    scalars: bool,
    require_unique: bool,
) -> Value {
    let mut state = ResultState::rows(names, rows);
    state.require_unique = require_unique;
    state.iterator.set(true);
    let state = Rc::new(state);
    if scalars {
        view_object(interp, state, Shape::Scalars(0), "ScalarResult", "sqlalchemy.engine.result")
    } else {
        view_object(interp, state, Shape::Rows(None), "ChunkedIteratorResult", "sqlalchemy.engine.result")
    }
}

/// `execution_options(yield_per=n)` of the statement behind an ORM result: its `partitions()`
/// default batch size.
pub fn set_yield_per(v: &Value, n: Option<usize>) {
    if let (Some(r), Some(n)) = (super::super::native::state::<ResultView>(v), n) {
        r.state.yield_per.set(Some(n));
    }
}

/// Whether a result object refuses to fetch until `unique()` is called.
pub fn requires_unique(v: &Value) -> bool {
    super::super::native::state::<ResultView>(v).is_some_and(|r| r.state.require_unique)
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<ResultView>, Value, Args)> {
    receiver::<ResultView>(interp, args, "Result")
}

impl ResultView {
    /// Fails unless rows can still be fetched (`Ok(false)`: softly closed, nothing more comes).
    fn check_open(&self, interp: &mut Interp) -> PyResult<bool> {
        if !self.state.returns_rows {
            return Err(closed_error(
                interp,
                "This result object does not return rows. It has been closed automatically.",
            ));
        }
        match self.state.closed.get() {
            Closed::Hard => Err(closed_error(interp, "This result object is closed.")),
            Closed::Soft => Ok(false),
            Closed::Open => Ok(true),
        }
    }

    /// The next item in this view's shape, skipping duplicates under `unique()`.
    fn next_item(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        self.next_checked(interp, true)
    }

    /// [`Self::next_item`]; `check_unique: false` is SQLAlchemy's `_only_one_row` without
    /// `raise_for_second_row` (`first()`, `scalar()`), which never consults the unique filter,
    /// so a joined eager load against a collection doesn't demand `unique()` there.
    fn next_checked(&self, interp: &mut Interp, check_unique: bool) -> PyResult<Option<Value>> {
        if !self.check_open(interp)? {
            return Ok(None);
        }
        loop {
            let row = self.state.rows.borrow_mut().pop_front();
            let Some(row) = row else {
                self.state.closed.set(Closed::Soft);
                return Ok(None);
            };
            if check_unique && self.state.require_unique && self.seen.borrow().is_none() {
                return Err(orm(interp)?.error(
                    interp,
                    SaExc::InvalidRequestError,
                    "The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections".to_string(),
                ));
            }
            let item = self.shape_row(interp, row);
            let fresh = match &mut *self.seen.borrow_mut() {
                None => true,
                Some(seen) => {
                    let key = match &self.shape {
                        Shape::Scalars(_) => interp.key_of(&item)?,
                        _ => interp.key_of(&Value::tuple(self.plain(&item)))?,
                    };
                    if seen.contains(&key) {
                        false
                    } else {
                        seen.push(key);
                        true
                    }
                }
            };
            if fresh {
                return Ok(Some(item));
            }
        }
    }

    fn plain(&self, item: &Value) -> Vec<Value> {
        super::super::native::state::<super::row::RowData>(item)
            .map(|r| r.values.clone())
            .or_else(|| super::super::native::state::<super::row::MappingData>(item).map(|m| m.0.values.clone()))
            .unwrap_or_else(|| vec![item.clone()])
    }

    fn shape_row(&self, interp: &mut Interp, row: Vec<Value>) -> Value {
        match &self.shape {
            Shape::Scalars(index) => row.into_iter().nth(*index).unwrap_or(Value::None),
            Shape::Mappings(None) => {
                mapping_value_from(interp, self.state.keys.clone(), self.state.origins.clone(), row)
            }
            Shape::Rows(None) => row_value_from(interp, self.state.keys.clone(), self.state.origins.clone(), row),
            Shape::Rows(Some(columns)) | Shape::Mappings(Some(columns)) => {
                let keys: Vec<String> = columns.iter().filter_map(|&c| self.state.keys.get(c).cloned()).collect();
                let values = columns.iter().map(|&c| row.get(c).cloned().unwrap_or(Value::None)).collect();
                let origins = match self.state.origins.is_empty() {
                    true => Vec::new(),
                    false => columns.iter().map(|&c| self.state.origins.get(c).cloned().flatten()).collect(),
                };
                match self.shape {
                    Shape::Mappings(_) => mapping_value_from(interp, Rc::new(keys), Rc::new(origins), values),
                    _ => row_value_from(interp, Rc::new(keys), Rc::new(origins), values),
                }
            }
        }
    }

    fn rest(&self, interp: &mut Interp) -> PyResult<Vec<Value>> {
        let mut items = Vec::new();
        while let Some(item) = self.next_item(interp)? {
            interp.tick()?;
            items.push(item);
        }
        Ok(items)
    }

    fn close(&self) {
        self.state.rows.borrow_mut().clear();
        self.state.closed.set(Closed::Hard);
    }

    /// `one()` / `one_or_none()` / `first()` take what they need and close the result.
    fn take_one(&self, interp: &mut Interp, exactly: bool, or_none: bool) -> PyResult<Option<Value>> {
        let first = self.next_checked(interp, exactly)?;
        let second = if exactly && first.is_some() { self.next_item(interp)? } else { None };
        self.close();
        let orm = orm(interp)?;
        match (first, second) {
            (Some(_), Some(_)) => Err(orm.error(
                interp,
                SaExc::MultipleResultsFound,
                match or_none {
                    true => "Multiple rows were found when one or none was required",
                    false => "Multiple rows were found when exactly one was required",
                },
            )),
            (None, _) if exactly && !or_none => {
                Err(orm.error(interp, SaExc::NoResultFound, "No row was found when one was required"))
            }
            (item, _) => Ok(item),
        }
    }
}

fn closed_error(interp: &mut Interp, message: &str) -> Box<crate::eval::Exc> {
    match orm(interp) {
        Ok(orm) => orm.error(interp, SaExc::ResourceClosedError, message),
        Err(e) => e,
    }
}

/// A new view of the same rows.
fn derive(interp: &mut Interp, view: &ResultView, shape: Shape) -> Value {
    let (name, module) = match shape {
        Shape::Scalars(_) => ("ScalarResult", "sqlalchemy.engine.result"),
        Shape::Mappings(_) => ("MappingResult", "sqlalchemy.engine.result"),
        Shape::Rows(_) => ("CursorResult", "sqlalchemy.engine.cursor"),
    };
    let value = view_object(interp, view.state.clone(), shape, name, module);
    if let Some(new) = super::super::native::state::<ResultView>(&value) {
        *new.seen.borrow_mut() = view.seen.borrow().clone();
    }
    value
}

/// A column named or numbered as `columns()` / `scalars()` take them.
/// A view that already chose columns (`columns("b", "a")`) numbers and names only those, so the
/// position returned is the underlying row's.
fn column_index(interp: &Interp, view: &ResultView, which: &Value) -> PyResult<usize> {
    let all: Vec<usize> = match view.shape.projection() {
        Some(p) => p.clone(),
        None => (0..view.state.keys.len()).collect(),
    };
    let index = match which {
        Value::Int(n) if all.is_empty() && *n == 0 => Some(0),
        Value::Int(n) => usize::try_from(*n).ok().and_then(|n| all.get(n).copied()),
        Value::Str(s) => all.iter().copied().find(|&c| view.state.keys.get(c).is_some_and(|k| **k == **s)),
        _ => None,
    };
    index.ok_or_else(|| interp.error(ExcType::IndexError, "tuple index out of range"))
}

fn first_of(item: Option<Value>) -> Value {
    let item = item.unwrap_or(Value::None);
    match super::super::native::state::<super::row::RowData>(&item) {
        Some(row) => row.values.first().cloned().unwrap_or(Value::None),
        None => item,
    }
}

const RESULT_METHODS: &[(&str, Method)] = &[
    ("__iter__", |i, a| this(i, a).map(|(_, me, _)| me)),
    ("__next__", |i, a| {
        let (v, _, _) = this(i, a)?;
        v.next_item(i)?.ok_or_else(|| i.error(ExcType::StopIteration, ""))
    }),
    ("all", |i, a| this(i, a).and_then(|(v, _, _)| v.rest(i)).map(Value::list)),
    ("fetchall", |i, a| this(i, a).and_then(|(v, _, _)| v.rest(i)).map(Value::list)),
    ("fetchone", |i, a| this(i, a).and_then(|(v, _, _)| v.next_item(i)).map(|o| o.unwrap_or(Value::None))),
    ("fetchmany", |i, a| {
        let (v, _, rest) = this(i, a)?;
        let size = match arg(&rest, 0, "size") {
            Some(Value::Int(n)) => n.max(0) as usize,
            _ if v.state.iterator.get() => usize::MAX,
            _ => 1,
        };
        let mut items = Vec::new();
        while items.len() < size {
            match v.next_item(i)? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::list(items))
    }),
    ("partitions", |i, a| {
        let (v, _, rest) = this(i, a)?;
        let size = match arg(&rest, 0, "size") {
            Some(Value::Int(n)) if n > 0 => n as usize,
            _ => v.state.yield_per.get().unwrap_or(usize::MAX),
        };
        let items = v.rest(i)?;
        let parts = items.chunks(size.min(items.len().max(1))).map(|c| Value::list(c.to_vec())).collect();
        Ok(i.make_iterator(parts))
    }),
    ("first", |i, a| this(i, a).and_then(|(v, _, _)| v.take_one(i, false, true)).map(|o| o.unwrap_or(Value::None))),
    ("one", |i, a| this(i, a).and_then(|(v, _, _)| v.take_one(i, true, false)).map(|o| o.unwrap_or(Value::None))),
    ("one_or_none", |i, a| {
        this(i, a).and_then(|(v, _, _)| v.take_one(i, true, true)).map(|o| o.unwrap_or(Value::None))
    }),
    ("scalar", |i, a| this(i, a).and_then(|(v, _, _)| v.take_one(i, false, true)).map(first_of)),
    ("scalar_one", |i, a| this(i, a).and_then(|(v, _, _)| v.take_one(i, true, false)).map(first_of)),
    ("scalar_one_or_none", |i, a| this(i, a).and_then(|(v, _, _)| v.take_one(i, true, true)).map(first_of)),
    ("scalars", |i, a| {
        let (v, _, rest) = this(i, a)?;
        let which = arg(&rest, 0, "index").unwrap_or(Value::Int(0));
        let index = column_index(i, &v, &which)?;
        Ok(derive(i, &v, Shape::Scalars(index)))
    }),
    ("mappings", |i, a| this(i, a).map(|(v, _, _)| derive(i, &v, Shape::Mappings(v.shape.projection().cloned())))),
    ("columns", |i, a| {
        let (v, _, rest) = this(i, a)?;
        let mut columns = Vec::new();
        for which in &rest.positional {
            columns.push(column_index(i, &v, which)?);
        }
        let shape = match v.shape {
            Shape::Mappings(_) => Shape::Mappings(Some(columns)),
            _ => Shape::Rows(Some(columns)),
        };
        Ok(derive(i, &v, shape))
    }),
    ("unique", |i, a| {
        let (v, me, _) = this(i, a)?;
        v.seen.borrow_mut().get_or_insert_with(Vec::new);
        let _ = i;
        Ok(me)
    }),
    ("tuples", |i, a| this(i, a).map(|(_, me, _)| me)),
    ("yield_per", |i, a| {
        let (v, me, rest) = this(i, a)?;
        if let Some(Value::Int(n)) = arg(&rest, 0, "num") {
            v.state.yield_per.set(usize::try_from(n).ok().filter(|&n| n > 0));
        }
        Ok(me)
    }),
    ("keys", |i, a| {
        let (v, _, _) = this(i, a)?;
        let keys = match v.shape.projection() {
            Some(p) => p.iter().filter_map(|&c| v.state.keys.get(c)).map(|k| Value::str(k)).collect(),
            None => v.state.keys.iter().map(|k| Value::str(k)).collect(),
        };
        Ok(keys_value(i, keys))
    }),
    ("freeze", combine::freeze),
    ("merge", combine::merge),
    ("close", |i, a| {
        let (v, _, _) = this(i, a)?;
        v.close();
        Ok(Value::None)
    }),
    ("__enter__", |i, a| this(i, a).map(|(_, me, _)| me)),
    ("__exit__", |i, a| {
        let (v, _, _) = this(i, a)?;
        v.close();
        Ok(Value::Bool(false))
    }),
];
