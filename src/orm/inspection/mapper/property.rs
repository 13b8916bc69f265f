//! A mapper's `MapperProperty` objects: `ColumnProperty` (its columns or SQL expression) and the
//! declarative `_RelationshipDeclared` (direction, target, join columns, loader flags), read from
//! the registry's mapper and resolved relationship.

use super::*;

/// `ColumnProperty` for a column, the declarative `_RelationshipDeclared` for a relationship.
pub(super) fn prop_class(interp: &mut Interp, kind: AttrKind) -> Rc<crate::eval::value::Class> {
    let (name, module) = match kind {
        AttrKind::Column => ("ColumnProperty", "sqlalchemy.orm.properties"),
        _ => ("_RelationshipDeclared", "sqlalchemy.orm.relationships"),
    };
    let class = native_class(interp, name, module, PROP_METHODS);
    for (name, getter) in PROP_PROPERTIES {
        native_property(&class, name, *getter);
    }
    class
}

fn prop_this(interp: &Interp, args: Args) -> PyResult<Rc<PropObj>> {
    let (p, _, _) = receiver::<PropObj>(interp, args, "MapperProperty")?;
    Ok(p)
}

/// A column property's expression: its table column, or a `column_property(expr)`'s SQL expression.
fn prop_expression(interp: &mut Interp, p: &PropObj) -> PyResult<Value> {
    match crate::orm::column_property::prop_of(&p.registry, p.mapper, &p.key) {
        Some(prop) => Ok(crate::orm::core::expr_obj::expr_value(interp, prop.expr)),
        None => column_object(interp, &p.registry, p.mapper, &p.key),
    }
}

/// The resolved relationship behind a relationship property.
fn resolved(p: &PropObj) -> Option<Rc<crate::orm::mapper::Resolved>> {
    let reg = p.registry.borrow();
    reg.mappers.get(p.mapper)?.relationship(&p.key)?.resolved.clone()
}

fn class_name(p: &PropObj) -> String {
    p.registry.borrow().mappers.get(p.mapper).map(|m| m.class_name.clone()).unwrap_or_default()
}

const PROP_METHODS: &[(&str, Method)] = &[
    ("__repr__", |i, a| {
        let (p, this, _) = receiver::<PropObj>(i, a, "MapperProperty")?;
        let id = match &this {
            Value::Instance(inst) => inst.id,
            _ => 0,
        };
        let kind = if p.kind == AttrKind::Column { "ColumnProperty" } else { "_RelationshipDeclared" };
        Ok(Value::str(&format!("<{kind} at {}; {}>", fake_address(id), p.key)))
    }),
    ("__str__", |i, a| {
        let p = prop_this(i, a)?;
        Ok(Value::str(&format!("{}.{}", class_name(&p), p.key)))
    }),
];

const PROP_PROPERTIES: &[(&str, Method)] = &[
    ("key", |i, a| Ok(Value::str(&prop_this(i, a)?.key))),
    ("parent", |i, a| {
        let p = prop_this(i, a)?;
        Ok(mapper_value(i, &p.registry, p.mapper))
    }),
    ("class_attribute", |i, a| {
        let p = prop_this(i, a)?;
        let class = class_of(&p.registry, p.mapper);
        i.get_attr(&class, &p.key)
    }),
    ("columns", |i, a| {
        let p = prop_this(i, a)?;
        Ok(Value::list(vec![prop_expression(i, &p)?]))
    }),
    ("expression", |i, a| {
        let p = prop_this(i, a)?;
        prop_expression(i, &p)
    }),
    ("mapper", |i, a| {
        let p = prop_this(i, a)?;
        match resolved(&p) {
            Some(r) => Ok(mapper_value(i, &p.registry, r.target)),
            None => Ok(Value::None),
        }
    }),
    ("entity", |i, a| {
        let p = prop_this(i, a)?;
        match resolved(&p) {
            Some(r) => Ok(mapper_value(i, &p.registry, r.target)),
            None => Ok(Value::None),
        }
    }),
    ("target", |i, a| {
        let p = prop_this(i, a)?;
        match resolved(&p) {
            Some(r) => Ok(table_of(i, &p.registry, r.target)),
            None => Ok(Value::None),
        }
    }),
    ("primaryjoin", |i, a| {
        let p = prop_this(i, a)?;
        crate::orm::orm(i)?.relationship_join(i, &p.registry, p.mapper, &p.key, false)
    }),
    ("secondaryjoin", |i, a| {
        let p = prop_this(i, a)?;
        crate::orm::orm(i)?.relationship_join(i, &p.registry, p.mapper, &p.key, true)
    }),
    ("post_update", |i, a| Ok(Value::Bool(resolved(&*prop_this(i, a)?).is_some_and(|r| r.post_update)))),
    ("passive_deletes", |i, a| Ok(Value::Bool(resolved(&*prop_this(i, a)?).is_some_and(|r| r.passive_deletes)))),
    ("passive_updates", |i, a| Ok(Value::Bool(resolved(&*prop_this(i, a)?).is_some_and(|r| r.passive_updates)))),
    ("uselist", |i, a| Ok(Value::Bool(resolved(&*prop_this(i, a)?).is_some_and(|r| r.uselist)))),
    ("viewonly", |i, a| Ok(Value::Bool(resolved(&*prop_this(i, a)?).is_some_and(|r| r.viewonly)))),
    ("back_populates", |i, a| {
        let p = prop_this(i, a)?;
        let reg = p.registry.borrow();
        let rel = reg.mappers.get(p.mapper).and_then(|m| m.relationship(&p.key));
        let back = rel.and_then(|r| r.spec.borrow().back_populates.clone());
        Ok(back.map_or(Value::None, |b| Value::str(&b)))
    }),
    ("lazy", |i, a| {
        let p = prop_this(i, a)?;
        let reg = p.registry.borrow();
        let rel = reg.mappers.get(p.mapper).and_then(|m| m.relationship(&p.key));
        let lazy = rel.and_then(|r| r.spec.borrow().lazy.clone()).unwrap_or_else(|| "select".into());
        Ok(Value::str(&lazy))
    }),
    ("secondary", |i, a| {
        let p = prop_this(i, a)?;
        match resolved(&p).and_then(|r| r.secondary.clone()) {
            Some(sec) => Ok(crate::orm::core::bridge::table_value(i, &p.registry, &sec.table).unwrap_or(Value::None)),
            None => Ok(Value::None),
        }
    }),
    ("local_columns", |i, a| {
        // The owner's side of the join's column pairs (the primary key of a one-to-many, the
        // foreign key of a many-to-one).
        let p = prop_this(i, a)?;
        let Some(r) = resolved(&p) else { return Ok(Value::list(Vec::new())) };
        let keys: Vec<String> = {
            let reg = p.registry.borrow();
            let table = reg.table_of(p.mapper);
            r.pairs.iter().filter_map(|(own, _)| table.and_then(|t| t.column(own)).map(|c| c.key.clone())).collect()
        };
        let mut out = Vec::new();
        for k in keys {
            out.push(column_object(i, &p.registry, p.mapper, &k)?);
        }
        Ok(Value::list(out))
    }),
    ("order_by", |i, a| {
        // The configured `order_by` as a tuple of column expressions (`post.id DESC`), or False.
        let p = prop_this(i, a)?;
        let Some(r) = resolved(&p).filter(|r| !r.order_by.is_empty()) else { return Ok(Value::Bool(false)) };
        let Some(table) = p.registry.borrow().table_of(r.target).map(|t| t.name.clone()) else {
            return Ok(Value::Bool(false));
        };
        let mut out = Vec::new();
        for (column, desc) in &r.order_by {
            let col = table_column(i, &p, &table, column)?;
            out.push(match desc {
                true => {
                    let f = i.get_attr(&col, "desc")?;
                    i.call(&f, crate::eval::Args::positional(Vec::new()))?
                }
                false => col,
            });
        }
        Ok(Value::tuple(out))
    }),
    ("remote_side", |i, a| {
        // The columns on the remote side of the join, as a set: the target's columns of the pairs
        // (its foreign key for a one-to-many, its key for a many-to-one), the association table's
        // for a many-to-many.
        let p = prop_this(i, a)?;
        let Some(r) = resolved(&p) else { return Ok(empty_set()) };
        let columns: Vec<(String, String)> = match &r.secondary {
            Some(sec) => sec.local.iter().chain(&sec.remote).map(|(c, _)| (sec.table.clone(), c.clone())).collect(),
            None => {
                let reg = p.registry.borrow();
                let Some(table) = reg.table_of(r.target).map(|t| t.name.clone()) else {
                    return Ok(empty_set());
                };
                r.pairs.iter().map(|(_, t)| (table.clone(), t.clone())).collect()
            }
        };
        let mut set = crate::eval::dict::Set::new();
        for (table, column) in columns {
            let col = table_column(i, &p, &table, &column)?;
            let key = i.key_of(&col)?;
            set.insert(key, col);
        }
        Ok(Value::Set(Rc::new(std::cell::RefCell::new(set))))
    }),
    ("single_parent", |i, a| {
        let p = prop_this(i, a)?;
        let reg = p.registry.borrow();
        let rel = reg.mappers.get(p.mapper).and_then(|m| m.relationship(&p.key));
        Ok(Value::Bool(rel.is_some_and(|r| r.spec.borrow().single_parent)))
    }),
    ("cascade", |i, a| {
        let p = prop_this(i, a)?;
        let cascade = resolved(&p).map(|r| r.cascade).unwrap_or_default();
        Ok(cascade_value(i, cascade))
    }),
    ("direction", |i, a| {
        let p = prop_this(i, a)?;
        let Some(r) = resolved(&p) else { return Ok(Value::None) };
        let name = match r.direction {
            Direction::OneToMany => "ONETOMANY",
            Direction::ManyToOne => "MANYTOONE",
            _ => "MANYTOMANY",
        };
        Ok(direction_value(i, name))
    }),
];

/// The names of a cascade's operations, sorted (`CascadeOptions` is a frozenset of them).
fn cascade_names(c: &crate::orm::mapper::Cascade) -> Vec<&'static str> {
    let all = [
        ("delete", c.delete),
        ("delete-orphan", c.delete_orphan),
        ("expunge", c.expunge),
        ("merge", c.merge),
        ("refresh-expire", c.refresh_expire),
        ("save-update", c.save_update),
    ];
    all.iter().filter(|(_, on)| *on).map(|(n, _)| *n).collect()
}

/// `relationship.cascade`: SQLAlchemy's `CascadeOptions`, the set of operation names with one
/// boolean attribute per operation (`.delete_orphan`).
fn cascade_value(interp: &mut Interp, cascade: crate::orm::mapper::Cascade) -> Value {
    type C = crate::orm::mapper::Cascade;
    let class = native_class(
        interp,
        "CascadeOptions",
        "sqlalchemy.orm.util",
        &[
            ("__repr__", |i, a| {
                let (c, _, _) = receiver::<C>(i, a, "CascadeOptions")?;
                Ok(Value::str(&format!("CascadeOptions('{}')", cascade_names(&c).join(","))))
            }),
            ("__iter__", |i, a| {
                let (c, _, _) = receiver::<C>(i, a, "CascadeOptions")?;
                let names = cascade_names(&c).into_iter().map(Value::str).collect();
                Ok(i.make_iterator(names))
            }),
            ("__len__", |i, a| {
                let (c, _, _) = receiver::<C>(i, a, "CascadeOptions")?;
                Ok(Value::Int(cascade_names(&c).len() as i64))
            }),
            ("__contains__", |i, a| {
                let (c, _, rest) = receiver::<C>(i, a, "CascadeOptions")?;
                let found = match rest.positional.first() {
                    Some(Value::Str(s)) => cascade_names(&c).contains(&&**s),
                    _ => false,
                };
                Ok(Value::Bool(found))
            }),
        ],
    );
    let flags: [(&str, Method); 6] = [
        ("save_update", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.save_update))),
        ("delete", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.delete))),
        ("delete_orphan", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.delete_orphan))),
        ("merge", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.merge))),
        ("refresh_expire", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.refresh_expire))),
        ("expunge", |i, a| Ok(Value::Bool(receiver::<C>(i, a, "CascadeOptions")?.0.expunge))),
    ];
    for (name, getter) in flags {
        native_property(&class, name, getter);
    }
    wrap(interp, &class, cascade)
}

fn empty_set() -> Value {
    Value::Set(Rc::new(std::cell::RefCell::new(crate::eval::dict::Set::new())))
}

/// Column `column` of table `table` (`table.c[column]`).
fn table_column(interp: &mut Interp, p: &PropObj, table: &str, column: &str) -> PyResult<Value> {
    let t = crate::orm::core::bridge::table_value(interp, &p.registry, table).unwrap_or(Value::None);
    let c = interp.get_attr(&t, "c")?;
    interp.get_item(&c, &Value::str(column))
}

/// `RelationshipDirection.<NAME>`.
fn direction_value(interp: &mut Interp, name: &str) -> Value {
    let class = native_class(
        interp,
        "RelationshipDirection",
        "sqlalchemy.orm.interfaces",
        &[
            ("__repr__", |i, a| {
                let (n, _, _) = receiver::<String>(i, a, "RelationshipDirection")?;
                Ok(Value::str(&format!("RelationshipDirection.{n}")))
            }),
            ("__eq__", |_, a| {
                let (this, rest) = split_self(a);
                let same = match (state::<String>(&this), rest.positional.first().and_then(state::<String>)) {
                    (Some(x), Some(y)) => x == y,
                    _ => false,
                };
                Ok(Value::Bool(same))
            }),
            ("__hash__", |_, _| Ok(Value::Int(0))),
        ],
    );
    native_property(&class, "name", |i, a| {
        let (n, _, _) = receiver::<String>(i, a, "RelationshipDirection")?;
        Ok(Value::str(&n))
    });
    native_property(&class, "value", |i, a| {
        let (n, _, _) = receiver::<String>(i, a, "RelationshipDirection")?;
        Ok(Value::Int(match n.as_str() {
            "ONETOMANY" => 1,
            "MANYTOONE" => 2,
            _ => 3,
        }))
    });
    wrap(interp, &class, name.to_string())
}
