//! Join conditions from foreign keys: a relationship's direction and column pairs, and the two sides
//! of a many-to-many association table, with SQLAlchemy's errors when they cannot be determined.

use super::*;
use crate::orm::SaExc;

/// Foreign keys of `from_table` that reference `to_table`: (from column, to column). A table-level
/// `ForeignKeyConstraint(["a", "b"], ["t.x", "t.y"])` (a composite key) gives one pair per column.
pub(super) fn foreign_keys(reg: &Registry, from_table: &str, to_table: &str) -> Vec<(String, String)> {
    let Some(t) = reg.tables.get(from_table) else { return Vec::new() };
    let mut pairs: Vec<(String, String)> = t
        .columns
        .iter()
        .filter_map(|c| {
            let (table, column) = c.foreign_key.as_ref()?;
            (table == to_table).then(|| (c.name.clone(), column.clone()))
        })
        .collect();
    for (_, constraint) in &t.checks {
        let crate::sql::schema::Constraint::ForeignKey { columns, targets, .. } = constraint else { continue };
        for (column, target) in columns.iter().zip(targets) {
            let (table, referenced) = crate::sql::schema::ForeignKey::new(target.clone()).target_parts();
            let name = t.columns.iter().find(|c| c.name == *column || c.key == *column).map(|c| c.name.clone());
            if let Some(name) = name.filter(|_| table == to_table)
                && !pairs.iter().any(|(n, _)| *n == name)
            {
                pairs.push((name, referenced));
            }
        }
    }
    pairs
}

/// How many foreign key paths the pairs of `table`'s [`foreign_keys`] are: each column-level
/// `ForeignKey` is one, a composite `ForeignKeyConstraint` one for all its columns (SQLAlchemy counts
/// constraints when it calls a join ambiguous).
fn paths(reg: &Registry, table: &str, pairs: &[(String, String)]) -> usize {
    let Some(t) = reg.tables.get(table) else { return pairs.len() };
    let mut groups: Vec<String> = Vec::new();
    for (column, _) in pairs {
        let own = t.columns.iter().any(|c| c.name == *column && c.foreign_key.is_some());
        let constraint = t.checks.iter().position(|(_, c)| {
            matches!(c, crate::sql::schema::Constraint::ForeignKey { columns, .. } if columns.contains(column))
        });
        let group = match constraint {
            Some(i) if !own => format!("constraint {i}"),
            _ => format!("column {column}"),
        };
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups.len()
}

/// The direction and column pairs of a relationship without `secondary`.
pub(super) fn direction(
    reg: &Registry,
    (owner, target): (usize, usize),
    (restrict, remote_side, eqs): (&[Pair], &[Pair], &[Equality]),
    label: &str,
) -> Result<(Direction, Vec<(String, String)>), Failed> {
    let owner_table = reg.mappers[owner].table.clone();
    let target_table = reg.mappers[target].table.clone();
    let allowed =
        |table: &str, column: &str| restrict.is_empty() || restrict.iter().any(|(t, c)| t == table && c == column);
    // Foreign keys in the target pointing at the owner: one-to-many.
    let (to_owner, fk_table) = lineage_foreign_keys(reg, target, owner, &allowed);
    // Foreign keys in the owner pointing at the target: many-to-one.
    let (to_target, key_table) = lineage_foreign_keys(reg, owner, target, &allowed);
    let target_table = fk_table.unwrap_or(target_table);
    let owner_table = key_table.unwrap_or(owner_table);
    if to_owner.is_empty()
        && to_target.is_empty()
        && !restrict.is_empty()
        && let Some(found) = from_equalities((&owner_table, &target_table), restrict, remote_side, eqs)
    {
        return Ok(found);
    }
    // Self-referential: the two mappers share a table (the same class, or classes of one
    // single-table hierarchy such as `Manager.reports` to `Engineer`), so the foreign keys point
    // both ways and `remote_side` tells the direction (SQLAlchemy's `_refers_to_parent_table`).
    if owner == target || reg.mappers[owner].table == reg.mappers[target].table {
        let pairs = to_owner;
        if pairs.is_empty() {
            return Err(no_foreign_keys(label));
        }
        // A composite `ForeignKeyConstraint` to the table itself is one path, as elsewhere.
        if paths(reg, &target_table, &pairs) > 1 {
            return Err(ambiguous(label));
        }
        let remote_is_key =
            remote_side.iter().any(|(t, c)| t == &target_table && pairs.iter().any(|(_, referenced)| referenced == c));
        return Ok(if remote_is_key {
            (Direction::ManyToOne, pairs.into_iter().collect())
        } else {
            (Direction::OneToMany, pairs.into_iter().map(|(fk, key)| (key, fk)).collect())
        });
    }
    match (to_owner.is_empty(), to_target.is_empty()) {
        (true, true) => Err(no_foreign_keys(label)),
        (false, true) if paths(reg, &target_table, &to_owner) > 1 => Err(ambiguous(label)),
        (true, false) if paths(reg, &owner_table, &to_target) > 1 => Err(ambiguous(label)),
        (false, true) => Ok((Direction::OneToMany, to_owner.into_iter().map(|(fk, key)| (key, fk)).collect())),
        (true, false) => Ok((Direction::ManyToOne, to_target)),
        (false, false) => Err(ambiguous(label)),
    }
}

/// The foreign keys (allowed by `foreign_keys=`) of mapper `from`'s table pointing at mapper `to`'s
/// table; when there are none, those between the other tables of their joined-inheritance lineages
/// (SQLAlchemy joins the mappers' whole selectables: `Company.managers` finds `employee.company_id`
/// for the `manager` subclass), with the table they sit on. Tables both lineages share (a
/// relationship within one hierarchy) are left out: their keys are the inheritance's own.
fn lineage_foreign_keys(
    reg: &Registry,
    from: usize,
    to: usize,
    allowed: &dyn Fn(&str, &str) -> bool,
) -> (Vec<(String, String)>, Option<String>) {
    let from_table = reg.mappers[from].table.clone();
    let to_table = reg.mappers[to].table.clone();
    let direct: Vec<(String, String)> =
        foreign_keys(reg, &from_table, &to_table).into_iter().filter(|(fk, _)| allowed(&from_table, fk)).collect();
    if !direct.is_empty() {
        return (direct, None);
    }
    let from_tables: Vec<String> =
        crate::orm::inheritance::tables_of(reg, from).iter().rev().map(|t| t.name.clone()).collect();
    let to_tables: Vec<String> =
        crate::orm::inheritance::tables_of(reg, to).iter().rev().map(|t| t.name.clone()).collect();
    for ft in from_tables.iter().filter(|t| !to_tables.contains(t)) {
        for tt in to_tables.iter().filter(|t| !from_tables.contains(t)) {
            if *ft == from_table && *tt == to_table {
                continue;
            }
            let found: Vec<(String, String)> =
                foreign_keys(reg, ft, tt).into_iter().filter(|(fk, _)| allowed(ft, fk)).collect();
            if !found.is_empty() {
                return (found, Some(ft.clone()));
            }
        }
    }
    (Vec::new(), None)
}

/// A (table, column) name.
pub(super) type Pair = (String, String);

/// One side of a `primaryjoin` column equality: (table, column, annotation bits).
pub(super) type Equality = [(String, String, u8); 2];

/// Direction and pairs read from the `primaryjoin` itself when the columns named foreign
/// (`foreign_keys=` or `foreign()`) have no `ForeignKey`: SQLAlchemy's `_annotate_fks` /
/// `_determine_direction` over `col == col` terms. Pairs are (owner column, target column).
fn from_equalities(
    (owner_table, target_table): (&str, &str),
    restrict: &[(String, String)],
    remote_side: &[(String, String)],
    eqs: &[Equality],
) -> Option<(Direction, Vec<(String, String)>)> {
    let is_foreign = |s: &(String, String, u8)| restrict.iter().any(|(t, c)| *t == s.0 && *c == s.1);
    let is_remote = |s: &(String, String, u8)| remote_side.iter().any(|(t, c)| *t == s.0 && *c == s.1);
    let mut direction = None;
    let mut pairs = Vec::new();
    for [a, b] in eqs {
        let (fk, other) = match (is_foreign(a), is_foreign(b)) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ => continue,
        };
        // The foreign column on the remote (target) side makes it one-to-many.
        let one_to_many = if owner_table == target_table {
            is_remote(fk) || (!is_remote(other) && remote_side.is_empty())
        } else {
            fk.0 == target_table
        };
        let d = if one_to_many { Direction::OneToMany } else { Direction::ManyToOne };
        if direction.is_some_and(|known| known != d) {
            return None;
        }
        direction = Some(d);
        pairs.push(if one_to_many { (other.1.clone(), fk.1.clone()) } else { (fk.1.clone(), other.1.clone()) });
    }
    direction.map(|d| (d, pairs))
}

pub(super) fn no_foreign_keys(label: &str) -> Failed {
    Failed::Orm((
        SaExc::NoForeignKeysError,
        format!(
            "Could not determine join condition between parent/child tables on relationship {label} - there are no foreign keys linking these tables.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression."
        ),
    ))
}

pub(super) fn ambiguous(label: &str) -> Failed {
    Failed::Orm((
        SaExc::AmbiguousForeignKeysError,
        format!(
            "Could not determine join condition between parent/child tables on relationship {label} - there are multiple foreign key paths linking the tables.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference to the parent table."
        ),
    ))
}

/// The association table's foreign keys to the owner (`local`) and to the target (`remote`). Columns
/// of the association table named in `primaryjoin`/`secondaryjoin` pick among several foreign keys to
/// the same table (a self-referential many-to-many such as followers/following).
pub(super) fn link_secondary(
    reg: &Registry,
    (owner, primaryjoin): (usize, &[(String, String)]),
    (target, secondaryjoin): (usize, &[(String, String)]),
    table: &str,
    label: &str,
) -> Result<Secondary, Failed> {
    let owner_table = &reg.mappers[owner].table;
    let target_table = &reg.mappers[target].table;
    let named = |join: &[(String, String)], fk: &(String, String)| join.iter().any(|(t, c)| t == table && *c == fk.0);
    let mut local = foreign_keys(reg, table, owner_table);
    let mut remote = foreign_keys(reg, table, target_table);
    if primaryjoin.iter().any(|(t, _)| t == table) {
        local.retain(|fk| named(primaryjoin, fk));
    }
    if secondaryjoin.iter().any(|(t, _)| t == table) {
        remote.retain(|fk| named(secondaryjoin, fk));
    }
    if owner == target && (local.len() != 1 || remote.len() != 1 || local == remote) {
        return Err(Failed::Orm((
            SaExc::AmbiguousForeignKeysError,
            format!(
                "Could not determine join condition between parent/child tables on relationship {label} - there are multiple foreign key paths linking the tables via secondary table '{table}'.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference from the secondary table to each of the parent and child tables."
            ),
        )));
    }
    if local.is_empty() || remote.is_empty() {
        return Err(Failed::Orm((
            SaExc::NoForeignKeysError,
            format!(
                "Could not determine join condition between parent/child tables on relationship {label} - there are no foreign keys linking these tables via secondary table '{table}'.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify 'primaryjoin' and 'secondaryjoin' expressions."
            ),
        )));
    }
    Ok(Secondary { table: table.to_string(), local, remote, criteria: [None, None] })
}

/// The terms of a `primaryjoin` that are not column-to-column equalities (those are the pairs), as
/// one Core criterion: `and_(User.id == Address.user_id, Address.city == "Boston")` gives
/// `address.city = :city_1`.
pub(super) fn extra_criteria(interp: &mut Interp, value: &Value) -> PyResult<Option<crate::sql::elements::ExprRef>> {
    use crate::sql::elements::Expr;
    use crate::sql::elements::ExprRef;
    fn terms(e: &ExprRef, out: &mut Vec<ExprRef>) {
        match &**e {
            Expr::ClauseList(l) if l.op == crate::sql::ops::Op::And => l.clauses.iter().for_each(|c| terms(c, out)),
            Expr::Grouping(inner) => terms(inner, out),
            Expr::Binary(b)
                if b.op == crate::sql::ops::Op::Eq
                    && matches!(&*b.left, Expr::Column(_))
                    && matches!(&*b.right, Expr::Column(_)) => {}
            _ => out.push(e.clone()),
        }
    }
    let expr = match state::<crate::orm::core::expr_obj::ExprObj>(value) {
        Some(e) => Some(e.expr.clone()),
        None => crate::orm::core::bridge::legacy_expr(interp, value)?,
    };
    let mut out = Vec::new();
    if let Some(e) = &expr {
        terms(e, &mut out);
    }
    Ok(match out.len() {
        0 => None,
        1 => out.pop(),
        _ => Some(crate::sql::elements::build::boolean_list(crate::sql::ops::Op::And, out)),
    })
}
