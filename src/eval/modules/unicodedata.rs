//! `_unicodedata`: the native half of `unicodedata` (the Python half is `py/unicodedata.py`).
//!
//! Only what needs Unicode's tables is native, and only tables the worker already carries: the
//! normalization forms and combining classes of the `unicode-normalization` stand-in (ruff's parser
//! NFKC-normalises identifiers with them) and the character names of the `unicode_names2` stand-in
//! (for `"\N{...}"` escapes). Categories, digits and widths are derived in Python from these and the
//! `str` predicates, so the module costs the worker a few hundred bytes.

use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;
use unicode_normalization::UnicodeNormalization;

/// The single character a function is given (the Python half checks the argument's type and length).
fn one_char(interp: &Interp, args: &Args) -> PyResult<char> {
    match args.positional.first() {
        Some(Value::Str(s)) if s.chars().count() == 1 => {
            s.chars().next().ok_or_else(|| interp.type_error("a unicode character"))
        }
        _ => Err(interp.type_error("argument must be a unicode character")),
    }
}

pub fn module(_: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_unicodedata"));
    m.set(
        "normalize",
        Interp::builtin("normalize", |i, a| match a.positional.as_slice() {
            [Value::Str(form), Value::Str(s)] => {
                let out: String = match &**form {
                    "NFC" => s.nfc().collect(),
                    "NFD" => s.nfd().collect(),
                    "NFKC" => s.nfkc().collect(),
                    "NFKD" => s.nfkd().collect(),
                    _ => return Err(i.value_error("invalid normalization form")),
                };
                Ok(Value::str(&out))
            }
            _ => Err(i.type_error("normalize() argument 2 must be str")),
        }),
    );
    m.set(
        "combining",
        Interp::builtin("combining", |i, a| {
            Ok(Value::Int(i64::from(unicode_normalization::char::canonical_combining_class(one_char(i, &a)?))))
        }),
    );
    m.set(
        "name",
        Interp::builtin("name", |i, a| Ok(unicode_names2::name(one_char(i, &a)?).map_or(Value::None, Value::str))),
    );
    m.set(
        "lookup",
        Interp::builtin("lookup", |i, a| match a.positional.first() {
            Some(Value::Str(name)) => {
                Ok(unicode_names2::character(name).map_or(Value::None, |c| Value::str(c.encode_utf8(&mut [0; 4]))))
            }
            _ => Err(i.type_error("lookup() argument must be str")),
        }),
    );
    Ok(m)
}
