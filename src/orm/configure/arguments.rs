//! Evaluating what `relationship()` was given: strings and lambdas run with the registry's classes in
//! scope (`"Lesson.position"`, `lambda: [Category.id]`), class-body columns bound to their tables, and
//! the columns, equalities, `order_by` terms and `secondary` table those arguments name.

use super::*;

impl Orm {
    /// Columns named by `foreign_keys=`, `remote_side=` or a simple `primaryjoin=` (as table, column).
    pub(super) fn column_list(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        owner_table: &str,
        value: Option<Value>,
    ) -> Result<Vec<(String, String)>, Failed> {
        let Some(value) = value else { return Ok(Vec::new()) };
        let value = self.evaluate_argument(interp, registry, value)?;
        let mut out = Vec::new();
        collect_columns(&value, owner_table, &mut out);
        Ok(out)
    }

    /// The column-to-column equalities of a `primaryjoin=` (see [`crate::orm::core::annotations::equalities`]).
    pub(super) fn join_equalities(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        owner_table: &str,
        value: Option<Value>,
    ) -> Result<Vec<joins::Equality>, Failed> {
        let Some(value) = value else { return Ok(Vec::new()) };
        crate::orm::core::annotations::take_log();
        let value = self.evaluate_argument(interp, registry, value)?;
        let logged = crate::orm::core::annotations::take_log();
        let expr = match state::<crate::orm::core::expr_obj::ExprObj>(&value) {
            Some(e) => Some(e.expr.clone()),
            None => crate::orm::core::bridge::legacy_expr(interp, &value).map_err(Failed::Python)?,
        };
        let mut eqs = expr.map(|e| crate::orm::core::annotations::equalities(&e, owner_table)).unwrap_or_default();
        for (table, column, bits) in eqs.iter_mut().flatten() {
            for (t, c, b) in &logged {
                if t == table && c == column {
                    *bits |= b;
                }
            }
        }
        Ok(eqs)
    }

    pub(super) fn order_list(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        value: Option<Value>,
    ) -> Result<Vec<(String, bool)>, Failed> {
        let Some(value) = value else { return Ok(Vec::new()) };
        let value = self.evaluate_argument(interp, registry, value)?;
        let items = match &value {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let mut out = Vec::new();
        for item in items {
            if let Some(e) = state::<ExprObj>(&item) {
                match &e.expr {
                    SqlExpr::Column { column, .. } => out.push((column.clone(), false)),
                    SqlExpr::Ordered { expr, desc } => {
                        if let SqlExpr::Column { column, .. } = &**expr {
                            out.push((column.clone(), *desc));
                        }
                    }
                    _ => {}
                }
            } else if let Ok(Some(e)) = crate::orm::core::convert::expr_of(interp, &item) {
                // A Core expression: `desc("title")`, `Thread.title.desc()`, a column.
                use crate::sql::elements::{Expr, Unary};
                let (inner, desc) = match &*e {
                    Expr::Unary(Unary { element, modifier: Some(m), .. }) if m.is_ordering_modifier() => {
                        (element.clone(), *m == crate::sql::ops::Op::Desc)
                    }
                    _ => (e.clone(), false),
                };
                match &*inner {
                    Expr::Column(c) => out.push((c.col.name.text(), desc)),
                    Expr::TextualLabelReference(name) => out.push((name.clone(), desc)),
                    _ => {}
                }
            }
        }
        Ok(out)
    }

    /// Strings and lambdas given to relationship() are evaluated with the mapped classes in scope.
    pub(super) fn evaluate_argument(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        value: Value,
    ) -> Result<Value, Failed> {
        let value = match value {
            Value::Function(_) => interp.call(&value, Args::default()).map_err(Failed::Python)?,
            Value::Str(text) => self.eval_string(interp, registry, &text).map_err(Failed::Python)?,
            other => other,
        };
        Ok(bind_free_columns(interp, registry, value))
    }

    /// Evaluates `text` (e.g. `"Lesson.position"`, `"[Category.id]"`) with the registry's classes in scope.
    pub fn eval_string(&self, interp: &mut Interp, registry: &RegistryRef, text: &str) -> PyResult<Value> {
        let source = format!("__ormplay_value__ = ({text})");
        let module = crate::python::parse(&source).map_err(|p| {
            self.error(
                interp,
                SaExc::ArgumentError,
                format!("could not parse '{text}': {}", p.first().map(|p| p.message.as_str()).unwrap_or("")),
            )
        })?;
        let globals = Rc::new(crate::eval::value::Module::new("__ormplay__"));
        // SQLAlchemy's `_class_resolver` finds a name among the registry's classes, then among the
        // MetaData's tables (`"Node.id == node_to_node.c.left_node_id"`).
        let tables: Vec<String> = registry.borrow().tables.keys().cloned().collect();
        for name in tables {
            if let Some(table) = crate::orm::core::bridge::table_value(interp, registry, &name) {
                globals.set(&name, table);
            }
        }
        for m in registry.borrow().mappers.iter() {
            globals.set(&m.class_name, Value::Class(m.class.clone()));
        }
        if let Ok(Value::Module(sa)) = interp.import_module("sqlalchemy") {
            for (k, v) in sa.dict.borrow().iter() {
                globals.set(k, v.clone());
            }
        }
        if let Ok(Value::Module(orm)) = interp.import_module("sqlalchemy.orm") {
            for k in ["foreign", "remote"] {
                if let Some(v) = orm.get(k) {
                    globals.set(k, v);
                }
            }
        }
        let file = interp.add_file("<relationship argument>", &source);
        interp.run_module(&module, &globals, file)?;
        Ok(globals.get("__ormplay_value__").unwrap_or(Value::None))
    }

    pub(super) fn secondary_table(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        value: &Value,
        label: &str,
    ) -> Result<String, Failed> {
        let value = match value {
            Value::Function(_) => interp.call(value, Args::default()).map_err(Failed::Python)?,
            other => other.clone(),
        };
        let name = match (&value, crate::orm::core::bridge::table_name_of(&value)) {
            (_, Some(t)) => t,
            (Value::Str(s), _) => s.to_string(),
            _ => {
                return Err(Failed::Orm((
                    SaExc::ArgumentError,
                    format!("secondary= on {label} must be a Table or a table name"),
                )));
            }
        };
        if !registry.borrow().tables.contains_key(&name) {
            return Err(Failed::Orm((
                SaExc::InvalidRequestError,
                format!("When initializing {label}, secondary '{name}' failed to locate a table of that name."),
            )));
        }
        Ok(name)
    }
}

/// An argument with the class-body columns it used while they were free (before their class was
/// mapped) replaced by their tables' columns, annotations (`foreign()`, `remote()`) kept: SQLAlchemy's
/// class-body `Column` is the very object the table later holds, so the expression names it.
pub(super) fn bind_free_columns(interp: &mut Interp, registry: &RegistryRef, value: Value) -> Value {
    use crate::sql::elements::ColumnRef;
    let free: Vec<(Rc<crate::sql::elements::ColumnInfo>, String, String)> = registry.borrow().free_columns.clone();
    if free.is_empty() {
        return value;
    }
    match &value {
        Value::List(l) => {
            let items: Vec<Value> = l.borrow().clone();
            return Value::list(items.into_iter().map(|v| bind_free_columns(interp, registry, v)).collect());
        }
        Value::Tuple(t) => {
            let items: Vec<Value> = t.to_vec();
            return Value::tuple(items.into_iter().map(|v| bind_free_columns(interp, registry, v)).collect());
        }
        _ => {}
    }
    let Some(e) = state::<crate::orm::core::expr_obj::ExprObj>(&value) else { return value };
    if e.orm.is_some() {
        return value;
    }
    let mut swaps: Vec<(Rc<crate::sql::elements::ColumnInfo>, ColumnRef)> = Vec::new();
    for (info, table, column) in free {
        if let Some(to) =
            crate::orm::core::bridge::core_table(registry, &table).and_then(|f| f.column_ref_by_name(&column))
        {
            swaps.push((info, to));
        }
    }
    let mut changed = false;
    let bound = crate::sql::elements::rebind::replace_deep(&e.expr, &|c| {
        let (_, to) = swaps.iter().find(|(free, _)| Rc::ptr_eq(free, &c.col))?;
        Some(ColumnRef { annotation: c.annotation, ..to.clone() })
    });
    if !Rc::ptr_eq(&bound, &e.expr) {
        changed = true;
    }
    if changed { crate::orm::core::expr_obj::expr_value(interp, bound) } else { value }
}

/// The (table, column) pairs an argument names; a Core column without a table is a class-body Column
/// of the relationship's own class (`primaryjoin=id == ...`).
fn collect_columns(value: &Value, owner_table: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::List(l) => l.borrow().iter().for_each(|v| collect_columns(v, owner_table, out)),
        Value::Tuple(t) => t.iter().for_each(|v| collect_columns(v, owner_table, out)),
        Value::Set(s) => s.borrow().values().iter().for_each(|v| collect_columns(v, owner_table, out)),
        other => {
            if let Some(e) = state::<crate::orm::core::expr_obj::ExprObj>(other) {
                crate::orm::core::bridge::column_pairs(&e.expr, owner_table, out);
            } else if let Some(e) = state::<ExprObj>(other) {
                e.expr.columns(out);
            } else if let Some(c) = state::<crate::orm::schema::ColumnSpec>(other) {
                // A Column object from the class body (`remote_side=[id]`), bound when its class was mapped.
                if let Some(bound) = c.bound.borrow().clone() {
                    out.push(bound);
                }
            }
        }
    }
}
