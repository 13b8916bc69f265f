//! How each set operation builds its result, step for step as CPython's `Objects/setobject.c` does.
//!
//! A set's order is its table's slot order, so `a | b` must be "copy `a`, then merge `b`", `a & b`
//! "walk the smaller set, add what the other holds", `a - b` one of `set_difference`'s two strategies,
//! and so on: the same values built another way can print in another order.

use crate::eval::dict::{Key, Set, py_hash_of};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::ir::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

pub type SetRef = Rc<RefCell<Set>>;

/// The other operand of a set operation: a set, an exact dict (sized up front) or any iterable.
pub enum Operand {
    Set(SetRef),
    Sized(Vec<(Key, Value)>),
    Items(Vec<(Key, Value)>),
}

impl Interp {
    pub fn set_operand(&mut self, v: &Value) -> PyResult<Operand> {
        let (items, sized) = match crate::eval::subclass::plain(v) {
            Value::Set(s) => return Ok(Operand::Set(s)),
            Value::Dict(d) => (d.borrow().keys(), true),
            other => (self.collect(&other)?, false),
        };
        self.charge_items(items.len())?;
        let mut keyed = Vec::with_capacity(items.len());
        for item in items {
            keyed.push((self.key_of(&item)?, item));
        }
        Ok(if sized { Operand::Sized(keyed) } else { Operand::Items(keyed) })
    }

    /// `make_new_set` / `set(iterable)`.
    pub fn new_set_from(&mut self, other: &Operand) -> PyResult<Set> {
        let mut out = Set::new();
        self.set_update(&mut out, None, other)?;
        Ok(out)
    }

    /// `set_update_internal`: merge a set, presize for a dict, else add item by item.
    pub fn set_update(&mut self, target: &mut Set, target_rc: Option<&SetRef>, other: &Operand) -> PyResult<()> {
        match other {
            Operand::Set(o) => {
                if target_rc.is_some_and(|t| Rc::ptr_eq(t, o)) {
                    return Ok(());
                }
                self.charge_items(o.borrow().len())?;
                target.merge(&o.borrow());
            }
            Operand::Sized(items) | Operand::Items(items) => {
                self.charge_items(items.len())?;
                if let Operand::Sized(_) = other {
                    target.reserve(items.len());
                }
                for (k, item) in items {
                    target.insert(k.clone(), item.clone());
                }
            }
        }
        Ok(())
    }

    /// `set_intersection(so, other)`.
    pub fn set_intersection(&mut self, so: &SetRef, other: &Operand) -> PyResult<Set> {
        let so_b = so.borrow();
        self.charge_items(so_b.len())?;
        let mut out = match other {
            Operand::Set(o) => so_b.intersection(&o.borrow()),
            Operand::Sized(items) | Operand::Items(items) => {
                let mut out = Set::new();
                for (k, item) in items {
                    if so_b.contains(k) {
                        out.insert(k.clone(), item.clone());
                    }
                }
                out
            }
        };
        out.freeze(so_b.is_frozen());
        Ok(out)
    }

    /// `set_difference(so, other)`.
    pub fn set_difference(&mut self, so: &SetRef, other: &Operand) -> PyResult<Set> {
        let so_b = so.borrow();
        self.charge_items(so_b.len())?;
        let mut out = match other {
            Operand::Set(o) => so_b.difference(&o.borrow()),
            Operand::Sized(items) if so_b.len() >> 2 <= items.len() => {
                let other = self.new_set_from(other)?;
                let mut out = Set::new();
                for (k, v) in so_b.entries() {
                    if !other.contains(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
                out
            }
            Operand::Sized(items) | Operand::Items(items) => {
                let mut out = so_b.copy();
                discard_all(&mut out, items);
                out
            }
        };
        out.freeze(so_b.is_frozen());
        Ok(out)
    }

    /// `set_difference_update_internal(so, other)` in place.
    pub fn set_difference_update(&mut self, so: &SetRef, other: &Operand) -> PyResult<()> {
        match other {
            Operand::Set(o) if Rc::ptr_eq(so, o) => so.borrow_mut().clear(),
            Operand::Set(o) => {
                let mut target = so.borrow_mut();
                let o = o.borrow();
                self.charge_items(o.len())?;
                target.difference_update(o.entries().map(|(k, _)| (k, py_hash_of(k))));
            }
            Operand::Sized(items) | Operand::Items(items) => {
                self.charge_items(items.len())?;
                discard_all(&mut so.borrow_mut(), items);
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference_update(so, other)` in place: a non-set is made a set first.
    pub fn set_symmetric_difference_update(&mut self, so: &SetRef, other: &Operand) -> PyResult<()> {
        match other {
            Operand::Set(o) if Rc::ptr_eq(so, o) => so.borrow_mut().clear(),
            Operand::Set(o) => {
                self.charge_items(o.borrow().len())?;
                so.borrow_mut().symmetric_difference_update(&o.borrow());
            }
            // An exact dict's keys are toggled in the dict's order.
            Operand::Sized(items) => {
                let mut target = so.borrow_mut();
                for (k, v) in items {
                    if target.remove(k).is_none() {
                        target.insert(k.clone(), v.clone());
                    }
                }
            }
            Operand::Items(_) => {
                let other = self.new_set_from(other)?;
                so.borrow_mut().symmetric_difference_update(&other);
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference(so, other)`: a new set from `other`, updated with `so`.
    pub fn set_symmetric_difference(&mut self, so: &SetRef, other: &Operand) -> PyResult<Set> {
        let mut out = self.new_set_from(other)?;
        self.charge_items(so.borrow().len())?;
        out.symmetric_difference_update(&so.borrow());
        out.freeze(so.borrow().is_frozen());
        Ok(out)
    }

    /// `a op b` for sets (`|`, `&`, `-`, `^`) as a new set of the left operand's type.
    pub fn set_binop(&mut self, op: BinOp, so: &SetRef, other: &Operand) -> PyResult<Set> {
        Ok(match op {
            BinOp::BitAnd => self.set_intersection(so, other)?,
            BinOp::Sub => self.set_difference(so, other)?,
            BinOp::BitXor => self.set_symmetric_difference(so, other)?,
            _ => {
                self.charge_items(so.borrow().len())?;
                let mut out = so.borrow().copy();
                self.set_update(&mut out, Some(so), other)?;
                out
            }
        })
    }

    /// `a op= b` on a mutable set: the update in place (`&=` swaps in the intersection's table).
    pub fn set_inplace(&mut self, op: BinOp, so: &SetRef, other: &Operand) -> PyResult<()> {
        match op {
            BinOp::BitAnd => {
                let mut result = self.set_intersection(so, other)?;
                so.borrow_mut().swap_bodies(&mut result);
            }
            BinOp::Sub => self.set_difference_update(so, other)?,
            BinOp::BitXor => self.set_symmetric_difference_update(so, other)?,
            _ => {
                if let Operand::Set(o) = other
                    && Rc::ptr_eq(so, o)
                {
                    return Ok(());
                }
                // The operand's keys are computed already: no Python code runs during the update.
                let mut target = so.borrow_mut();
                self.set_update(&mut target, None, other)?;
            }
        }
        Ok(())
    }
}

/// `set_difference_update_internal` with an iterable: discard each item, then drop dummies.
fn discard_all(target: &mut Set, items: &[(Key, Value)]) {
    target.difference_update(items.iter().map(|(k, _)| (k, py_hash_of(k))));
}

impl Interp {
    /// A set display `{a, b, c}`. CPython's compiler folds a display of three or more constants into
    /// a frozenset constant (built item by item, then rebuilt in its own order when constants are
    /// merged) that `SET_UPDATE` merges into the new, empty set; any other
    /// display adds its items in order (`BUILD_SET`). The two can order items differently.
    pub fn set_display(&mut self, exprs: &[crate::ir::Expr], items: Vec<Value>) -> PyResult<Value> {
        let folded =
            exprs.len() > 2 && exprs.len() == items.len() && exprs.iter().zip(&items).all(|(e, v)| is_constant(e, v));
        if !folded {
            return self.make_set(items);
        }
        let constant = self.frozenset_constant(items)?;
        Ok(Value::Set(Rc::new(RefCell::new(Set::new().merged_with(&constant)))))
    }

    /// The frozenset constant CPython's compiler makes of constant items: built item by item, then
    /// rebuilt from its own iteration order by the constant merging (`merge_consts_recursive`).
    fn frozenset_constant(&mut self, items: Vec<Value>) -> PyResult<Set> {
        let Value::Set(first) = self.make_set(items)? else { return Ok(Set::new()) };
        let mut merged = Set::new();
        for (k, v) in first.borrow().entries() {
            merged.insert(k.clone(), v.clone());
        }
        merged.freeze(true);
        Ok(merged)
    }

    /// The iterable of a `for` loop or comprehension: a set display of constants there is folded
    /// into a frozenset constant (`fold_iter`), which is iterated in its own order.
    pub fn eval_iterable(&mut self, expr: &crate::ir::Expr, frame: &mut crate::eval::scope::Frame) -> PyResult<Value> {
        let crate::ir::ExprKind::Set(exprs) = &expr.kind else { return self.eval(expr, frame) };
        let items = self.eval_elements(exprs, frame)?;
        if exprs.len() == items.len() && exprs.iter().zip(&items).all(|(e, v)| is_constant(e, v)) {
            let constant = self.frozenset_constant(items)?;
            return Ok(Value::Set(Rc::new(RefCell::new(constant))));
        }
        self.make_set(items)
    }
}

/// Whether CPython's AST optimizer makes `expr` (which evaluated to `value`) a constant: literals,
/// unary operators on them, tuples of them, and binary operations whose result stays small
/// (`safe_power`/`safe_multiply`/`safe_lshift` refuse ints over 128 bits, sequences over 4096 items).
fn is_constant(expr: &crate::ir::Expr, value: &Value) -> bool {
    use crate::ir::ExprKind;
    match &expr.kind {
        ExprKind::Const(_) => true,
        ExprKind::UnaryOp { operand, .. } => matches!(operand.kind, ExprKind::Const(_)),
        ExprKind::Tuple(items) => match value {
            Value::Tuple(values) => {
                items.len() == values.len() && items.iter().zip(values.iter()).all(|(e, v)| is_constant(e, v))
            }
            _ => false,
        },
        ExprKind::BinOp { op, left, right } => {
            let operands = matches!(left.kind, ExprKind::Const(_) | ExprKind::UnaryOp { .. })
                && matches!(right.kind, ExprKind::Const(_) | ExprKind::UnaryOp { .. });
            let small = match value {
                Value::BigInt(n) => !matches!(op, BinOp::Pow | BinOp::Mul | BinOp::LShift) || n.bits() <= 128,
                Value::Str(s) => s.chars().count() <= 4096,
                Value::Bytes(b) => b.len() <= 4096,
                _ => true,
            };
            operands && small
        }
        _ => false,
    }
}
