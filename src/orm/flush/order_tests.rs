//! The table orders (the flush's [`mapper_order`], `create_all`'s [`sorted_tables`]) against the
//! round-by-round definitions they replaced, kept here as the specification: on schemas with chains
//! named against their order, diamonds, self-references, cycles, tables waiting on cycles, foreign keys
//! to unknown tables and single-table subclasses sharing a table, the linear-time sorts give exactly
//! the same order.

use super::mapper_order;
use crate::orm::ddl::sorted_tables;
use crate::orm::mapper::{Registry, TableDef};

/// The flush's mapper order as first written: each time, the first mapper all of whose referenced
/// mappers are done; in a cycle, the first remaining one.
fn mapper_order_spec(reg: &Registry) -> Vec<usize> {
    let n = reg.mappers.len();
    let depends = |a: usize, b: usize| -> bool {
        let (Some(ta), Some(tb)) = (reg.table_of(a), reg.table_of(b)) else { return false };
        a != b && ta.columns.iter().any(|c| c.foreign_key.as_ref().is_some_and(|(t, _)| *t == tb.name))
    };
    let mut done: Vec<usize> = Vec::new();
    while done.len() < n {
        let next =
            (0..n).find(|&m| !done.contains(&m) && (0..n).all(|d| d == m || done.contains(&d) || !depends(m, d)));
        let next = next.or_else(|| (0..n).find(|m| !done.contains(m)));
        match next {
            Some(m) => done.push(m),
            None => break,
        }
    }
    done
}

/// `MetaData.sorted_tables` as first written: rounds of tables whose referenced tables are done.
fn sorted_tables_spec(reg: &Registry) -> Vec<&TableDef> {
    let mut todo: Vec<&TableDef> = reg.tables.values().collect();
    todo.sort_by(|a, b| a.name.cmp(&b.name));
    let mut done: Vec<&TableDef> = Vec::new();
    while !todo.is_empty() {
        let waits = |t: &TableDef| {
            t.columns.iter().any(|c| {
                c.foreign_key
                    .as_ref()
                    .is_some_and(|(target, _)| target != &t.name && todo.iter().any(|o| &o.name == target))
            })
        };
        let (round, rest): (Vec<&TableDef>, Vec<&TableDef>) = todo.iter().partition(|t| !waits(t));
        if round.is_empty() {
            done.extend(rest);
            break;
        }
        done.extend(round);
        todo = rest;
    }
    done
}

/// A models.py with the given tables: (name, foreign key targets), plus single-table subclasses of
/// the tables listed in `subclassed`.
fn models(tables: &[(String, Vec<String>)], subclassed: &[usize]) -> String {
    let mut text = String::from(
        "from sqlalchemy import Column, Integer, String, ForeignKey\nfrom sqlalchemy.orm import declarative_base\n\
         Base = declarative_base()\n",
    );
    for (i, (name, targets)) in tables.iter().enumerate() {
        text +=
            &format!("\nclass C{i}(Base):\n    __tablename__ = '{name}'\n    id = Column(Integer, primary_key=True)\n");
        for (k, target) in targets.iter().enumerate() {
            text += &format!("    fk{k} = Column(Integer, ForeignKey('{target}.id'))\n");
        }
        if subclassed.contains(&i) {
            text += &format!("\nclass S{i}(C{i}):\n    extra{i} = Column(String)\n");
        }
    }
    text
}

fn check(models: &str) {
    let (output, registries) = crate::run::run_models(models);
    assert_eq!(output.error, None, "{models}");
    assert!(!registries.is_empty());
    for registry in &registries {
        let reg = registry.borrow();
        assert_eq!(mapper_order(&reg), mapper_order_spec(&reg), "mapper order of\n{models}");
        let names = |tables: Vec<&TableDef>| tables.into_iter().map(|t| t.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(sorted_tables(&reg)), names(sorted_tables_spec(&reg)), "sorted tables of\n{models}");
    }
}

/// A chain named against its order (`t9` → `t8` → … in mapping order `t0`, `t1`, …), a diamond, a
/// self-reference, a foreign key to a table that is not mapped, and single-table subclasses.
#[test]
fn orders_of_chains_diamonds_and_shared_tables_are_the_specs() {
    let chain: Vec<(String, Vec<String>)> =
        (0..12).map(|i| (format!("t{}", 11 - i), if i == 0 { vec![] } else { vec![format!("t{}", 12 - i)] })).collect();
    check(&models(&chain, &[3, 7]));
    let diamond = vec![
        ("d".to_string(), vec!["b".to_string(), "c".to_string()]),
        ("c".to_string(), vec!["a".to_string()]),
        ("b".to_string(), vec!["a".to_string(), "b".to_string()]),
        ("a".to_string(), vec!["elsewhere".to_string()]),
        ("e".to_string(), vec!["d".to_string(), "d".to_string()]),
    ];
    check(&models(&diamond, &[0, 3]));
}

/// Cycles, and tables waiting on a cycle, on pseudo-random schemas: whatever is left comes last, in
/// the specification's order.
#[test]
fn orders_with_cycles_are_the_specs() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for _ in 0..12 {
        let n = 3 + next(14) as usize;
        let tables: Vec<(String, Vec<String>)> = (0..n)
            .map(|i| {
                let targets = (0..next(3)).map(|_| format!("r{}", next(n as u64 + 1))).collect();
                // Names in mapping order or against it, so name order and mapping order disagree.
                let name = if n.is_multiple_of(2) { n - 1 - i } else { i };
                (format!("r{name}"), targets)
            })
            .collect();
        let subclassed: Vec<usize> = (0..next(3)).map(|_| next(n as u64) as usize).collect();
        check(&models(&tables, &subclassed));
    }
}
