//! Loader options (`load_only`, `defer`, `undefer`, `undefer_group`, and the relationship loaders
//! `joinedload`, `selectinload`, `defaultload`, ...) as objects, and `Select.options()` applying the
//! column ones to the statement's entities.
//!
//! As in SQLAlchemy, a column option changes which of an entity's columns the SELECT names: the
//! primary key always, then the mapper's columns in table order minus the deferred ones. What is
//! left out is recorded per entity (with its `raiseload` flag), so the loaded instances know which
//! attributes load on first access (`orm/deferral.rs`). Options along a relationship path
//! (`selectinload(User.books).load_only(Book.title)`) concern the relationship's own load: they ride
//! on the path's last link ([`crate::orm::eager::Step::columns`]) and shape a selectin load's columns
//! (a lazy load still selects every column).

mod columns;
mod select;

pub use columns::{apply_load, default_unloaded, loaded_columns};
pub use select::select_options;

use super::{Method, core_class, split_self};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{as_str, kwarg, state};
use crate::sql::elements::ExprRef;
use std::rc::Rc;

/// What one option does to an entity's columns.
#[derive(Clone, Debug)]
pub enum ColumnLoad {
    /// `load_only(*keys, raiseload=)`: every other non-key column is deferred.
    LoadOnly {
        keys: Vec<String>,
        raiseload: bool,
    },
    Defer {
        key: String,
        raiseload: bool,
    },
    Undefer {
        key: String,
    },
    UndeferGroup(String),
    /// `undefer("*")`.
    UndeferAll,
    /// `with_expression(User.x, expr)`: a query expression's SQL for this query.
    WithExpression {
        key: String,
        expr: ExprRef,
    },
}

/// A loader option: the class it targets (`None`: every entity), its column settings, and whether it
/// is reached through a relationship (then it concerns that relationship's load).
#[derive(Clone)]
pub struct LoaderOption {
    pub target: Option<Rc<Class>>,
    pub columns: Vec<ColumnLoad>,
    pub via_relationship: bool,
    /// The relationship links of the chain, with the strategy each asks for.
    pub path: Vec<crate::orm::eager::Step>,
    /// Further whole paths given by `.options(...)` under this chain (`selectinload(A.bs).options(
    /// selectinload(B.cs), selectin_polymorphic(B, [...]))`).
    pub more: Vec<Vec<crate::orm::eager::Step>>,
}

/// The class and attribute key of a mapped attribute argument (`Book.title`).
fn attribute_of(v: &Value) -> Option<(Rc<Class>, String)> {
    if let Some(e) = state::<crate::orm::expr::ExprObj>(v) {
        return e.attribute.clone();
    }
    // An `aliased()` entity's attribute (`m.score`): the option names its class's attribute.
    if let Some(e) = state::<super::expr_obj::ExprObj>(v) {
        return e.orm.as_ref().map(|o| (o.class.clone(), o.key.clone()));
    }
    None
}

fn flag(interp: &mut Interp, args: &Args, name: &str) -> PyResult<bool> {
    match kwarg(args, name) {
        Some(v) => interp.truthy(&v),
        None => Ok(false),
    }
}

/// The column settings `name(args)` asks for, with the class they target.
///
/// Attribute names as strings were the 1.x spelling; SQLAlchemy 2 refuses them (only the `"*"`
/// wildcard and `undefer_group`'s group names are strings), with a different message for the
/// module-level `load_only()` (`top_level`), which checks its arguments before building a path.
fn column_loads(
    interp: &mut Interp,
    name: &str,
    args: &Args,
    top_level: bool,
) -> PyResult<(Option<Rc<Class>>, Vec<ColumnLoad>)> {
    if name == "with_expression" {
        let (Some(attr), Some(expr)) = (args.positional.first(), args.positional.get(1)) else {
            return Err(interp.type_error("with_expression() takes a mapped attribute and an expression"));
        };
        let Some((class, key)) = attribute_of(attr) else {
            return Err(
                interp.type_error(format!("with_expression() takes a mapped attribute, got {}", attr.type_name()))
            );
        };
        let expr = super::convert::to_expr(interp, expr)?;
        return Ok((Some(class), vec![ColumnLoad::WithExpression { key, expr }]));
    }
    let raiseload = flag(interp, args, "raiseload")?;
    let mut target = None;
    let mut keys = Vec::new();
    for v in &args.positional {
        if let Some(text) = as_str(v) {
            if text != "*" && name != "undefer_group" {
                let message = if top_level && name == "load_only" {
                    "expected ORM mapped attribute for loader strategy argument"
                } else {
                    "Strings are not accepted for attribute names in loader options; please use class-bound attributes directly."
                };
                return Err(crate::orm::orm(interp)?.error(
                    interp,
                    crate::orm::SaExc::ArgumentError,
                    message.to_string(),
                ));
            }
            keys.push(text);
        } else if let Some((class, key)) = attribute_of(v) {
            target = Some(class);
            keys.push(key);
        } else {
            return Err(interp.type_error(format!("{name}() takes mapped attributes, got {}", v.type_name())));
        }
    }
    let loads = match name {
        "load_only" => vec![ColumnLoad::LoadOnly { keys, raiseload }],
        "defer" => keys.into_iter().map(|key| ColumnLoad::Defer { key, raiseload }).collect(),
        "undefer" if keys.iter().any(|k| k == "*") => vec![ColumnLoad::UndeferAll],
        "undefer" => keys.into_iter().map(|key| ColumnLoad::Undefer { key }).collect(),
        "undefer_group" => keys.into_iter().map(ColumnLoad::UndeferGroup).collect(),
        _ => Vec::new(),
    };
    Ok((target, loads))
}

/// The column options; the rest are relationship loaders.
const COLUMN_OPTIONS: &[&str] = &["load_only", "defer", "undefer", "undefer_group", "with_expression"];

/// Relationship loaders (their column sub-options concern the related entity's load).
pub const RELATIONSHIP_OPTIONS: &[&str] = &[
    "joinedload",
    "selectinload",
    "subqueryload",
    "lazyload",
    "noload",
    "raiseload",
    "immediateload",
    "defaultload",
    "contains_eager",
    "selectin_polymorphic",
];

/// Builds the option `name(args)`, chained onto `parent` when called as its method.
fn make(interp: &mut Interp, name: &str, parent: Option<&LoaderOption>, args: &Args) -> PyResult<Value> {
    let mut option = parent.cloned().unwrap_or(LoaderOption {
        target: None,
        columns: Vec::new(),
        via_relationship: false,
        path: Vec::new(),
        more: Vec::new(),
    });
    if COLUMN_OPTIONS.contains(&name) {
        let (target, loads) = column_loads(interp, name, args, parent.is_none())?;
        match option.path.last_mut() {
            // Chained after a relationship loader: the related entity's columns.
            Some(step) if option.via_relationship => step.columns.extend(loads),
            _ => {
                if option.target.is_none() {
                    option.target = target;
                }
                option.columns.extend(loads);
            }
        }
    } else if name == "selectin_polymorphic" {
        option.via_relationship = true;
        option.path.push(polymorphic_step(interp, parent.is_some(), args)?);
    } else {
        option.via_relationship = true;
        if let Some(mut step) = relationship_step(interp, name, args)? {
            step.everywhere = parent.is_none() && step.key == "*";
            option.path.push(step);
        }
    }
    Ok(wrap_option(interp, option))
}

fn wrap_option(interp: &mut Interp, option: LoaderOption) -> Value {
    let class = core_class(interp, "sqlalchemy.orm.strategy_options", "_AbstractLoad", OPTION_METHODS, &[]);
    crate::orm::native::wrap(interp, &class, option)
}

/// The path link `name(attribute, innerjoin=, sql_only=)` adds: the relationship attribute (or
/// `"*"`) and the strategy.
fn relationship_step(interp: &mut Interp, name: &str, args: &Args) -> PyResult<Option<crate::orm::eager::Step>> {
    let innerjoin = flag(interp, args, "innerjoin")?;
    let sql_only = flag(interp, args, "sql_only")?;
    let Some(strategy) = crate::orm::eager::Strategy::of_option(name, innerjoin, sql_only) else { return Ok(None) };
    let Some(first) = args.positional.first() else { return Ok(None) };
    let mut of_type = None;
    let mut criteria = Vec::new();
    let (class, key) = if let Some(path) = super::rel_path::path_of(first) {
        of_type = path.of_type.clone();
        criteria = path.extra.clone();
        match state::<crate::orm::expr::RelAttr>(&path.rel) {
            Some(r) => (Some(r.class.clone()), r.key.clone()),
            None => return Ok(None),
        }
    } else if as_str(first).as_deref() == Some("*") {
        (None, "*".to_string())
    } else if as_str(first).is_some() {
        return Err(crate::orm::orm(interp)?.error(
            interp,
            crate::orm::SaExc::ArgumentError,
            "Strings are not accepted for attribute names in loader options; please use class-bound attributes directly.".to_string(),
        ));
    } else {
        return Ok(None);
    };
    // `contains_eager(A.bs, alias=b1)`: the legacy spelling of `A.bs.of_type(b1)`.
    if let Some(alias) = crate::orm::core::kwarg(args, "alias").and_then(|v| state::<super::orm_select::AliasedObj>(&v))
    {
        of_type = Some(alias);
    }
    let columns = Vec::new();
    let classes = Vec::new();
    Ok(Some(crate::orm::eager::Step { class, key, strategy, classes, columns, of_type, criteria, everywhere: false }))
}

/// `selectin_polymorphic(Base, [Sub, ...])`, or chained `.selectin_polymorphic([Sub, ...])` whose
/// base is the entity the chain reached.
fn polymorphic_step(interp: &mut Interp, chained: bool, args: &Args) -> PyResult<crate::orm::eager::Step> {
    let (base, list) = if chained {
        (None, args.positional.first())
    } else {
        match args.positional.first() {
            Some(Value::Class(c)) => (Some(c.clone()), args.positional.get(1)),
            _ => return Err(interp.type_error("selectin_polymorphic() takes a mapped class and a list of subclasses")),
        }
    };
    let items = match list {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => return Err(interp.type_error("selectin_polymorphic() takes a list of subclasses")),
    };
    let classes = items
        .into_iter()
        .filter_map(|v| match v {
            Value::Class(c) => Some(c),
            other => state::<super::orm_select::AliasedObj>(&other).map(|a| a.class.clone()),
        })
        .collect();
    let strategy = crate::orm::eager::Strategy::Polymorphic;
    Ok(crate::orm::eager::Step {
        class: base,
        key: String::new(),
        strategy,
        classes,
        columns: Vec::new(),
        of_type: None,
        criteria: Vec::new(),
        everywhere: false,
    })
}

/// `Load.options(*options)`: each option's paths continue this chain's.
fn sub_options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Some(parent) = state::<LoaderOption>(&this) else { return Ok(this) };
    let mut option = (*parent).clone();
    for v in &rest.positional {
        let Some(sub) = state::<LoaderOption>(v) else { continue };
        for p in std::iter::once(&sub.path).chain(&sub.more).filter(|p| !p.is_empty()) {
            // A sub-option's wildcard names only the relationships of the entity it is under.
            let scoped = p.iter().cloned().map(|mut s| {
                s.everywhere = false;
                s
            });
            option.more.push(parent.path.iter().cloned().chain(scoped).collect());
        }
    }
    Ok(wrap_option(interp, option))
}

/// `Load(Entity)`: an empty option aimed at `Entity`, to chain loaders from.
pub fn load_constructor() -> Value {
    Interp::builtin("Load", |interp, args| {
        let first = args.positional.first().cloned().unwrap_or(Value::None);
        let target = match &first {
            Value::Class(c) => Some(c.clone()),
            other => state::<super::orm_select::AliasedObj>(other).map(|a| a.class.clone()),
        };
        let option =
            LoaderOption { target, columns: Vec::new(), via_relationship: false, path: Vec::new(), more: Vec::new() };
        let class = core_class(interp, "sqlalchemy.orm.strategy_options", "Load", OPTION_METHODS, &[]);
        Ok(crate::orm::native::wrap(interp, &class, option))
    })
}

/// The module-level option function `name`.
pub fn option_function(name: &'static str) -> Value {
    Interp::builtin(name, move |i, a| make(i, name, None, &a))
}

fn chained(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let parent = state::<LoaderOption>(&this).ok_or_else(|| interp.type_error("loader option expected"))?;
    make(interp, name, Some(&parent), &rest)
}

const OPTION_METHODS: &[(&str, Method)] = &[
    ("load_only", |i, a| chained(i, a, "load_only")),
    ("defer", |i, a| chained(i, a, "defer")),
    ("undefer", |i, a| chained(i, a, "undefer")),
    ("undefer_group", |i, a| chained(i, a, "undefer_group")),
    ("joinedload", |i, a| chained(i, a, "joinedload")),
    ("selectinload", |i, a| chained(i, a, "selectinload")),
    ("subqueryload", |i, a| chained(i, a, "subqueryload")),
    ("lazyload", |i, a| chained(i, a, "lazyload")),
    ("noload", |i, a| chained(i, a, "noload")),
    ("raiseload", |i, a| chained(i, a, "raiseload")),
    ("immediateload", |i, a| chained(i, a, "immediateload")),
    ("defaultload", |i, a| chained(i, a, "defaultload")),
    ("contains_eager", |i, a| chained(i, a, "contains_eager")),
    ("selectin_polymorphic", |i, a| chained(i, a, "selectin_polymorphic")),
    ("options", sub_options),
];
