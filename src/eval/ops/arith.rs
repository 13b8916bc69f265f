//! Numeric arithmetic with Python's semantics: ints that never overflow (i64, promoted to BigInt),
//! floor division and modulo rounding toward negative infinity, true division giving floats, and
//! CPython's ZeroDivisionError messages.

use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::BinOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number operand, with bools already read as ints.
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::Int(n) => Some(Num::Small(*n)),
        Value::BigInt(n) => Some(Num::Int((**n).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

pub fn to_f64(n: &Num) -> f64 {
    match n {
        Num::Small(i) => *i as f64,
        Num::Int(b) => b.to_f64().unwrap_or(f64::INFINITY),
        Num::Float(f) => *f,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Int(b) => b.clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

impl Interp {
    /// `a op b` for two numbers; `None` if the operator does not apply to numbers.
    pub(in crate::eval) fn numeric_op(&mut self, op: BinOp, a: Num, b: Num) -> PyResult<Option<Value>> {
        if let (Num::Small(x), Num::Small(y)) = (&a, &b)
            && let Some(v) = self.small_int_op(op, *x, *y)?
        {
            return Ok(Some(v));
        }
        match (&a, &b) {
            (Num::Float(_), _) | (_, Num::Float(_)) => self.float_op(op, to_f64(&a), to_f64(&b)),
            _ => self.big_int_op(op, to_big(&a), to_big(&b)),
        }
    }

    /// Fast path for machine integers; `None` when the result overflows i64 (or needs the general path).
    fn small_int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv | BinOp::Mod if y == 0 => return Err(self.int_zero_division(op)),
            BinOp::FloorDiv => x.checked_div_euclid(y).map(|_| floor_div(x, y)),
            BinOp::Mod => x.checked_rem_euclid(y).map(|_| floor_mod(x, y)),
            BinOp::Div if y == 0 => return Err(self.zero_division("division by zero")),
            // Beyond 2**53 an operand is not exact as a float: divide exactly, then round once.
            BinOp::Div if x.unsigned_abs() > 1 << 53 || y.unsigned_abs() > 1 << 53 => {
                return Ok(true_divide(&BigInt::from(x), &BigInt::from(y)).map(Value::Float));
            }
            BinOp::Div => return self.float_op(op, x as f64, y as f64),
            BinOp::Pow if y < 0 => return self.float_op(op, x as f64, y as f64),
            BinOp::Pow => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::LShift | BinOp::RShift if y < 0 => return Err(self.value_error("negative shift count")),
            BinOp::LShift => u32::try_from(y).ok().and_then(|s| x.checked_shl(s)).filter(|r| r >> y.min(63) == x),
            BinOp::RShift => Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }),
            BinOp::MatMul => return Ok(None),
        };
        Ok(r.map(Value::Int))
    }

    fn big_int_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Option<Value>> {
        // Charge the work: linear in the limbs for additive operations, their product for the rest.
        let (a, b) = (x.bits() / 64 + 1, y.bits() / 64 + 1);
        let cost = match op {
            BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Div => a.saturating_mul(b) / 64,
            // Squaring up to a result of `r` limbs costs about r·√r limb products (Karatsuba).
            BinOp::Pow => {
                let r = x.bits().saturating_mul(y.to_u64().unwrap_or(u64::MAX).min(1 << 40)) / 64 + 1;
                r.saturating_mul(r.isqrt()) / 8
            }
            _ => (a + b) / 16,
        };
        self.charge(usize::try_from(cost).unwrap_or(usize::MAX))?;
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                self.check_size(((x.bits() + y.bits()) / 8) as usize)?;
                x * y
            }
            BinOp::FloorDiv | BinOp::Mod if y.is_zero() => return Err(self.int_zero_division(op)),
            BinOp::FloorDiv => num_integer::Integer::div_floor(&x, &y),
            BinOp::Mod => num_integer::Integer::mod_floor(&x, &y),
            BinOp::Div if y.is_zero() => return Err(self.zero_division("division by zero")),
            BinOp::Div => {
                return match true_divide(&x, &y) {
                    Some(f) => Ok(Some(Value::Float(f))),
                    None => Err(self.error(ExcType::OverflowError, "integer division result too large for a float")),
                };
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (a, b) = (x.to_f64().unwrap_or(f64::INFINITY), y.to_f64().unwrap_or(f64::NEG_INFINITY));
                    return self.float_op(op, a, b);
                }
                let exp = y.to_u32().unwrap_or(u32::MAX);
                let estimated_bits = x.bits().saturating_mul(u64::from(exp));
                self.check_size((estimated_bits / 8) as usize)?;
                num_traits::pow::Pow::pow(x, exp)
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::LShift => {
                let shift = y.to_usize().ok_or_else(|| self.value_error("negative shift count"))?;
                self.check_size(shift / 8)?;
                x << shift
            }
            BinOp::RShift => {
                let shift = y.to_usize().ok_or_else(|| self.value_error("negative shift count"))?;
                x >> shift
            }
            BinOp::MatMul => return Ok(None),
        };
        Ok(Some(Value::from_bigint(r)))
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div if y == 0.0 => return Err(self.zero_division("float division by zero")),
            BinOp::Div => x / y,
            BinOp::FloorDiv if y == 0.0 => return Err(self.zero_division("float floor division by zero")),
            BinOp::FloorDiv => float_divmod(x, y).0,
            BinOp::Mod if y == 0.0 => return Err(self.zero_division("float modulo")),
            BinOp::Mod => float_divmod(x, y).1,
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    // CPython's float pow hands this case to complex pow.
                    let module = self.source_submodule("_complex")?;
                    let f = module.get("_fpow").unwrap_or(Value::None);
                    return self.call(&f, Args::positional(vec![Value::Float(x), Value::Float(y)])).map(Some);
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.error(ExcType::OverflowError, "(34, 'Numerical result out of range')"));
                }
                r
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMul => {
                return Ok(None);
            }
        };
        Ok(Some(Value::Float(r)))
    }
}

pub fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
}

pub fn floor_mod(x: i64, y: i64) -> i64 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }
}

/// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

impl Interp {
    /// CPython words `%` by zero apart from `//` (and `divmod`) by zero.
    fn int_zero_division(&self, op: BinOp) -> Box<crate::eval::Exc> {
        match op {
            BinOp::Mod => self.zero_division("integer modulo by zero"),
            _ => self.zero_division("integer division or modulo by zero"),
        }
    }
}

/// `x / y` for integers, correctly rounded as CPython's `long_true_divide` is (converting each
/// operand to a float first would round twice: `Fraction.__float__` and `statistics` rely on this).
/// `None` when the result overflows a float; `y` is not zero.
fn true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has 55 or 56 bits: 53 for the mantissa, a rounding bit, and
    // a sticky bit recording a non-zero remainder.
    let shift = 55 - (i64::try_from(a.bits()).ok()? - i64::try_from(b.bits()).ok()?);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1;
    }
    let mut f = q as f64;
    let mut e = -shift;
    while e > 0 {
        let step = e.min(1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        f /= 2f64.powi(step as i32);
        e += step;
    }
    if f.is_infinite() {
        return None;
    }
    Some(if negative { -f } else { f })
}
