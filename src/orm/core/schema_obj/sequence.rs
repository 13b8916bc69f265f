//! `Sequence(name, start=, increment=, ...)`: accepted wherever SQLAlchemy accepts it (a positional
//! argument of `Column` / `mapped_column`) and, as SQLAlchemy's SQLite dialect does, ignored when
//! tables are created and rows inserted: SQLite has no sequences, the integer primary key still comes
//! from the rowid.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::{Method, core_class, split_self};
use crate::orm::native::{state, wrap};
use crate::sql::types::py_str_repr;

/// A `Sequence(...)` object: its name and the keyword arguments as given (for its repr).
pub struct SequenceObj {
    pub name: String,
    pub options: Vec<(String, Value)>,
}

pub(super) fn sequence_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name =
        match args.positional.first().or_else(|| args.keywords.iter().find(|(k, _)| &**k == "name").map(|(_, v)| v)) {
            Some(Value::Str(s)) => s.to_string(),
            Some(other) => {
                return Err(interp.type_error(format!("Sequence name must be a str, not {}", other.type_name())));
            }
            None => return Err(interp.type_error("Sequence.__init__() missing 1 required positional argument: 'name'")),
        };
    let options =
        args.keywords.iter().filter(|(k, _)| &**k != "name").map(|(k, v)| (k.to_string(), v.clone())).collect();
    let class = core_class(interp, "sqlalchemy.sql.schema", "Sequence", METHODS, PROPERTIES);
    Ok(wrap(interp, &class, SequenceObj { name, options }))
}

fn this(interp: &Interp, args: Args) -> PyResult<std::rc::Rc<SequenceObj>> {
    let (this, _) = split_self(args);
    state::<SequenceObj>(&this).ok_or_else(|| interp.type_error("Sequence expected"))
}

const METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let s = this(i, a)?;
    let mut parts = vec![py_str_repr(&s.name)];
    for (k, v) in &s.options {
        parts.push(format!("{k}={}", i.repr(v)?));
    }
    Ok(Value::str(&format!("Sequence({})", parts.join(", "))))
})];

/// `name`, and `start` / `increment` (None unless given, as in SQLAlchemy 2.x).
const PROPERTIES: &[(&str, Method)] = &[
    ("name", |i, a| Ok(Value::str(&this(i, a)?.name))),
    ("start", |i, a| Ok(option(&this(i, a)?, "start"))),
    ("increment", |i, a| Ok(option(&this(i, a)?, "increment"))),
];

fn option(s: &std::rc::Rc<SequenceObj>, name: &str) -> Value {
    s.options.iter().find(|(k, _)| k == name).map_or(Value::None, |(_, v)| v.clone())
}
