//! Relationships in SQL expressions: `Parent.children` at class level, compared with objects
//! (`Child.parent == p`, `contains`), tested with `any()`/`has()` (EXISTS), and used by joins.

use super::*;

/// A relationship attribute at class level (`Parent.children`), usable in comparisons and joins.
pub struct RelAttr {
    pub class: Rc<Class>,
    pub key: String,
}

const REL_METHODS: &[(&str, Method)] = &[
    ("__eq__", |i, a| rel_compare(i, a, false)),
    ("__ne__", |i, a| rel_compare(i, a, true)),
    ("any", |i, a| rel_exists(i, a)),
    ("has", |i, a| rel_exists(i, a)),
    ("contains", rel_contains),
    ("of_type", crate::orm::core::rel_path::of_type),
    ("and_", crate::orm::core::rel_path::and_),
    ("__hash__", |i, a| {
        let (_, this, _) = receiver::<RelAttr>(i, a, "relationship")?;
        Ok(Value::Int(this.as_instance().map_or(0, |x| x.id as i64)))
    }),
    ("__repr__", |i, a| {
        let (r, _, _) = receiver::<RelAttr>(i, a, "relationship")?;
        Ok(Value::str(&format!("{}.{}", r.class.name, r.key)))
    }),
];

pub fn relationship_value(interp: &mut Interp, class: &Rc<Class>, key: &str) -> Value {
    let c = native_class(interp, "RelationshipAttribute", "sqlalchemy.orm", REL_METHODS);
    // `Parent.children.property`: the relationship's `MapperProperty`, as `inspect(Parent).attrs` has it.
    crate::orm::native::native_property(&c, "property", |i, a| {
        let (r, _, _) = receiver::<RelAttr>(i, a, "relationship")?;
        let mapper = crate::orm::inspection::inspect_call(i, Args::positional(vec![Value::Class(r.class.clone())]))?;
        let attrs = i.get_attr(&mapper, "attrs")?;
        i.get_item(&attrs, &Value::str(&r.key))
    });
    let c = crate::orm::native::instrumented_class(interp, "relationship", c);
    wrap(interp, &c, RelAttr { class: class.clone(), key: key.to_string() })
}

/// Everything needed to compare through a relationship: tables and column pairs.
pub struct RelInfo {
    pub owner_table: String,
    pub target_table: String,
    pub resolved: Rc<crate::orm::mapper::Resolved>,
    pub target_class: Rc<Class>,
    pub registry: crate::orm::mapper::RegistryRef,
    /// The mapper declaring the relationship (the class it is read through, or an ancestor).
    pub owner: usize,
}

pub fn rel_info(r: &RelAttr) -> Option<RelInfo> {
    let info = mapped(&r.class)?;
    let reg = info.registry.borrow();
    // An inherited relationship joins from the table of the class that declares it.
    let owner = crate::orm::inheritance::lineage(&reg, info.mapper)
        .into_iter()
        .find(|m| reg.mappers.get(*m).is_some_and(|x| x.relationship(&r.key).is_some()))?;
    let mapper = reg.mappers.get(owner)?;
    let resolved = mapper.relationship(&r.key)?.resolved.clone()?;
    let target = reg.mappers.get(resolved.target)?;
    Some(RelInfo {
        owner_table: mapper.table.clone(),
        target_table: target.table.clone(),
        target_class: target.class.clone(),
        resolved,
        registry: info.registry.clone(),
        owner,
    })
}

fn column_type(reg: &crate::orm::mapper::Registry, table: &str, column: &str) -> SqlType {
    reg.tables.get(table).and_then(|t| t.column(column)).map_or(SqlType::Integer, |c| c.ty.clone())
}

/// `Child.parent == p` / `Parent.children.contains(c)`: the join columns compared with `other`'s keys.
fn match_instance(interp: &mut Interp, info: &RelInfo, other: &Value, local_side: bool) -> PyResult<SqlExpr> {
    let reg_ref = info.registry.clone();
    let mut parts = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        // many-to-one: owner FK = target key; one-to-many: target FK = owner key.
        let (table, column, other_column) = if local_side {
            (info.owner_table.clone(), owner_col.clone(), target_col.clone())
        } else {
            (info.target_table.clone(), target_col.clone(), owner_col.clone())
        };
        let (ty, key) = {
            let reg = reg_ref.borrow();
            let other_table = if local_side { &info.target_table } else { &info.owner_table };
            let key = reg.tables.get(other_table).and_then(|t| t.column(&other_column)).map(|c| c.key.clone());
            (column_type(&reg, &table, &column), key)
        };
        let value = match (other, key) {
            (Value::None, _) | (_, None) => Value::None,
            (v, Some(k)) => interp.get_attr(v, &k)?,
        };
        let col = SqlExpr::column(&table, &column, ty.clone());
        parts.push(match value {
            Value::None => SqlExpr::IsNull { expr: Box::new(col), negate: false },
            v => SqlExpr::Binary { op: "=", left: Box::new(col), right: Box::new(SqlExpr::Literal(to_cell(&v, &ty))) },
        });
    }
    Ok(if parts.len() == 1 { parts.remove(0) } else { SqlExpr::And(parts) })
}

fn rel_compare(interp: &mut Interp, args: Args, negate_it: bool) -> PyResult<Value> {
    let (r, this, rest) = receiver::<RelAttr>(interp, args, "relationship")?;
    let Some(info) = rel_info(&r) else { return Err(interp.not_supported("comparing this relationship")) };
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    // Compared with an object: the relationship's lazy clause (`:param_1 = address.user_id`).
    if info.resolved.direction == crate::orm::mapper::Direction::ManyToOne && !matches!(other, Value::None) {
        let rel = this.clone();
        let core = if negate_it {
            crate::orm::core::lazy_clause::many_to_one_ne(interp, &rel, &other)?
        } else {
            crate::orm::core::lazy_clause::lazy_clause(interp, &rel, &other, false)?
        };
        if let Some(e) = core {
            return Ok(crate::orm::core::expr_obj::expr_value(interp, e));
        }
    }
    let expr = match info.resolved.direction {
        crate::orm::mapper::Direction::ManyToOne => match_instance(interp, &info, &other, true)?,
        _ if matches!(other, Value::None) => {
            // `Parent.children == None` / `Parent.child == None`: no target row is linked to this
            // parent (`~self._criterion_exists()`; `!= None` is the EXISTS itself).
            SqlExpr::Not(Box::new(join_exists(&info, SqlExpr::And(Vec::new()), (None, None))))
        }
        _ if info.resolved.uselist => {
            let orm = crate::orm::orm(interp)?;
            return Err(orm.error(
                interp,
                crate::orm::SaExc::InvalidRequestError,
                "Can't compare a collection to an object or collection; use contains() to test for membership.",
            ));
        }
        _ => return Err(interp.not_supported("== between a one-to-one relationship and an object")),
    };
    Ok(expr_value(interp, if negate_it { negate(expr) } else { expr }, None))
}

fn rel_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (r, this, rest) = receiver::<RelAttr>(interp, args, "relationship")?;
    let Some(info) = rel_info(&r) else { return Err(interp.not_supported("contains() on this relationship")) };
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    if info.resolved.secondary.is_some() {
        return match crate::orm::core::lazy_clause::secondary_contains(interp, &info, &other)? {
            Some(e) => Ok(crate::orm::core::expr_obj::expr_value(interp, e)),
            None => Err(interp.not_supported("contains() on this many-to-many relationship")),
        };
    }
    if info.resolved.direction != crate::orm::mapper::Direction::OneToMany {
        return Err(interp.not_supported("contains() on a many-to-one relationship"));
    }
    if let Some(e) = crate::orm::core::lazy_clause::lazy_clause(interp, &this, &other, false)? {
        return Ok(crate::orm::core::expr_obj::expr_value(interp, e));
    }
    // The parent whose key equals the child's foreign key.
    let mut parts = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        let (ty, key) = {
            let reg = info.registry.borrow();
            let key = reg.tables.get(&info.target_table).and_then(|t| t.column(target_col)).map(|c| c.key.clone());
            (column_type(&reg, &info.owner_table, owner_col), key)
        };
        let v = match key {
            Some(k) => interp.get_attr(&other, &k)?,
            None => Value::None,
        };
        parts.push(SqlExpr::Binary {
            op: "=",
            left: Box::new(SqlExpr::column(&info.owner_table, owner_col, ty.clone())),
            right: Box::new(SqlExpr::Literal(to_cell(&v, &ty))),
        });
    }
    Ok(expr_value(interp, SqlExpr::And(parts), None))
}

/// `EXISTS` linking the owner row to target rows matching `criteria`.
/// A single-table subclass target's `type IN (...)`, twice (each its own bind parameters).
pub type Within = (Option<crate::sql::elements::ExprRef>, Option<crate::sql::elements::ExprRef>);

/// `within` is a single-table subclass target's `type IN (...)`: SQLAlchemy's EXISTS names it twice,
/// once from the relationship's join and once from the target entity, around the criterion.
fn join_exists(info: &RelInfo, criteria: SqlExpr, within: Within) -> SqlExpr {
    let reg = info.registry.borrow();
    let mut conditions = Vec::new();
    let table = match &info.resolved.secondary {
        // SQLAlchemy's many-to-many EXISTS selects from the target and the secondary table, with the
        // primary join, the secondary join (referenced columns first) and the criterion.
        Some(sec) => {
            for (assoc, owner_col) in &sec.local {
                conditions.push(SqlExpr::Binary {
                    op: "=",
                    left: Box::new(SqlExpr::column(&info.owner_table, owner_col, SqlType::Integer)),
                    right: Box::new(SqlExpr::column(&sec.table, assoc, SqlType::Integer)),
                });
            }
            // A custom primaryjoin's / secondaryjoin's own criteria follow their equalities.
            let own =
                |c: &Option<crate::sql::elements::ExprRef>| c.as_ref().and_then(crate::orm::core::bridge::to_legacy);
            conditions.extend(own(&sec.criteria[0]));
            for (assoc, target_col) in &sec.remote {
                conditions.push(SqlExpr::Binary {
                    op: "=",
                    left: Box::new(SqlExpr::column(&info.target_table, target_col, SqlType::Integer)),
                    right: Box::new(SqlExpr::column(&sec.table, assoc, SqlType::Integer)),
                });
            }
            conditions.extend(own(&sec.criteria[1]));
            conditions.push(criteria);
            let tables = vec![info.target_table.clone(), sec.table.clone()];
            return SqlExpr::Exists { tables, criteria: Box::new(SqlExpr::And(conditions)) };
        }
        None => info.target_table.clone(),
    };
    for (owner_col, target_col) in &info.resolved.pairs {
        let ty = column_type(&reg, &info.owner_table, owner_col);
        let owner = SqlExpr::column(&info.owner_table, owner_col, ty.clone());
        let target = SqlExpr::column(&info.target_table, target_col, ty);
        // The foreign key's referenced column first, as SQLAlchemy writes the relationship's join.
        let (left, right) = match info.resolved.direction {
            crate::orm::mapper::Direction::ManyToOne => (target, owner),
            _ => (owner, target),
        };
        conditions.push(SqlExpr::Binary { op: "=", left: Box::new(left), right: Box::new(right) });
    }
    // A custom primaryjoin's extra criteria belong to the join.
    conditions.extend(info.resolved.extra.as_ref().and_then(crate::orm::core::bridge::to_legacy));
    conditions.extend(within.0.map(SqlExpr::Core));
    conditions.push(criteria);
    conditions.extend(within.1.map(SqlExpr::Core));
    SqlExpr::Exists { tables: vec![table], criteria: Box::new(SqlExpr::And(conditions)) }
}

fn rel_exists(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (r, _, rest) = receiver::<RelAttr>(interp, args, "relationship")?;
    let Some(info) = rel_info(&r) else { return Err(interp.not_supported("any()/has() on this relationship")) };
    let mut criteria = Vec::new();
    // `any(None)` is `any()`: no criterion.
    for v in rest.positional.iter().filter(|v| !matches!(v, Value::None)) {
        criteria.push(to_expr(interp, v, None)?);
    }
    for (k, v) in &rest.keywords {
        let reg = info.registry.borrow();
        // The target's attribute, from whichever table of its lineage has it.
        let column = crate::orm::inheritance::column_of_key(&reg, info.resolved.target, k)
            .map(|(t, c)| (t.name.clone(), c.clone()))
            .or_else(|| {
                let t = reg.tables.get(&info.target_table)?;
                t.columns.iter().find(|c| *c.key == **k).map(|c| (t.name.clone(), c.clone()))
            });
        drop(reg);
        if let Some((table, c)) = column {
            criteria.push(SqlExpr::Binary {
                op: "=",
                left: Box::new(SqlExpr::column(&table, &c.name, c.ty.clone())),
                right: Box::new(to_expr(interp, v, Some(&c.ty))?),
            });
        }
    }
    let criteria = SqlExpr::And(criteria);
    let within = (
        crate::orm::core::orm_select::subclass_criterion(interp, &info.registry, info.resolved.target)?,
        crate::orm::core::orm_select::subclass_criterion(interp, &info.registry, info.resolved.target)?,
    );
    if let Some(core) =
        crate::orm::core::bridge::inheritance_exists(interp, &info, info.owner, &criteria, within.clone())
    {
        return Ok(expr_value(interp, SqlExpr::Core(core), None));
    }
    if let Some(core) = crate::orm::core::bridge::custom_join_exists(interp, &info, &criteria) {
        return Ok(expr_value(interp, SqlExpr::Core(core), None));
    }
    if let Some(sec) = &info.resolved.secondary
        && info.owner_table == info.target_table
        && let Some(core) = crate::orm::core::bridge::self_referential_secondary_exists(
            interp,
            &info.owner_table,
            &sec.table,
            &sec.local,
            &sec.remote,
            &criteria,
        )
    {
        return Ok(expr_value(interp, SqlExpr::Core(core), None));
    }
    if info.resolved.secondary.is_none()
        && info.owner_table == info.target_table
        && let Some(core) = self_referential_exists(interp, &info, &criteria)
    {
        return Ok(expr_value(interp, SqlExpr::Core(core), None));
    }
    Ok(expr_value(interp, join_exists(&info, criteria, within), None))
}

/// [`crate::orm::core::bridge::self_referential_exists`] for this relationship's column pairs.
fn self_referential_exists(
    interp: &Interp,
    info: &RelInfo,
    criteria: &SqlExpr,
) -> Option<crate::sql::elements::ExprRef> {
    let reg = info.registry.borrow();
    let many_to_one = matches!(info.resolved.direction, crate::orm::mapper::Direction::ManyToOne);
    let join: Vec<(SqlExpr, SqlExpr, bool)> = info
        .resolved
        .pairs
        .iter()
        .map(|(owner_col, target_col)| {
            let ty = column_type(&reg, &info.owner_table, owner_col);
            let owner = SqlExpr::column(&info.owner_table, owner_col, ty.clone());
            (owner, SqlExpr::column(&info.target_table, target_col, ty), many_to_one)
        })
        .collect();
    drop(reg);
    let extra: Vec<_> = info.resolved.extra.iter().cloned().collect();
    crate::orm::core::bridge::self_referential_exists(interp, &info.owner_table, &join, &extra, criteria)
}
