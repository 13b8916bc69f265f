//! The table-driven test: every line of `testdata.txt` (recorded from CPython 3.11 by `testdata.py`)
//! is replayed through this module, with tiny stand-in interpreters for `str.format` and `%`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::pyfmt::*;

const DATA: &str = include_str!("../testdata.txt");

/// Undoes `testdata.py`'s escaping (`\\`, `\t`, `\n`, `\u{hex}`).
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).expect("escape"));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn float(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).expect("float bits"))
}

fn int(text: &str) -> BigInt {
    text.parse().expect("int")
}

/// A result as the table writes it.
fn shown(result: Result<String, FormatError>) -> String {
    result.unwrap_or_else(|e| format!("!{}: {}", e.class, e.message))
}

fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// Runs one table line; returns the produced text for comparison with the last field.
fn run(fields: &[String]) -> String {
    let arg = |i: usize| fields.get(i).map(String::as_str).unwrap_or("");
    match arg(0) {
        "repr" => float_repr(float(arg(1))),
        "fmtf" => shown(pyformat_float(float(arg(1)), arg(2))),
        "fmti" => shown(pyformat_int(&int(arg(1)), arg(2))),
        "fmts" => shown(pyformat_str(arg(1), arg(2))),
        "round" => shown(round_float(float(arg(1)), arg(2).parse().expect("nd")).map(bits)),
        "roundn" => shown(round_float_to_int(float(arg(1))).map(|n| n.to_string())),
        "roundi" => round_half_even_int(&int(arg(1)), arg(2).parse().expect("nd")).to_string(),
        "reprs" => repr_str(arg(1)),
        "ascii" => ascii_str(arg(1)),
        "sfmt" => shown(str_format(arg(1), &arg(2).split('\u{1f}').collect::<Vec<_>>())),
        "pct" => shown(percent(arg(1), &arg(2).split('\u{1f}').filter(|a| !a.is_empty()).collect::<Vec<_>>())),
        other => panic!("unknown kind {other}"),
    }
}

/// `template.format(*args)` for str arguments, as an interpreter would drive the parser.
fn str_format(template: &str, args: &[&str]) -> Result<String, FormatError> {
    let mut out = String::new();
    for piece in FormatStringParser::new(template) {
        out.push_str(&render_piece(piece?, args)?);
    }
    Ok(out)
}

fn render_piece(piece: Piece, args: &[&str]) -> Result<String, FormatError> {
    let field = match piece {
        Piece::Literal(text) => return Ok(text),
        Piece::Field(field) => field,
    };
    let mut value: String = match field.arg {
        FieldArg::Index(i) => args.get(i).copied().ok_or_else(|| FormatError {
            class: ExcType::IndexError,
            message: format!("Replacement index {i} out of range for positional args tuple"),
        })?,
        FieldArg::Name(name) => return Err(FormatError { class: ExcType::KeyError, message: format!("'{name}'") }),
    }
    .to_string();
    for accessor in field.accessors {
        let Accessor::Index(i) = accessor else { panic!("the table indexes only") };
        let c = value.chars().nth(i);
        value = c.map(String::from).ok_or_else(|| FormatError { class: ExcType::IndexError, message: "".into() })?;
    }
    if let Some(e) = field.accessor_error {
        return Err(e);
    }
    let text = match field.conversion.map(check_conversion).transpose()? {
        Some(Conversion::Repr) => repr_str(&value),
        Some(Conversion::Ascii) => ascii_str(&value),
        _ => value,
    };
    let spec = match field.nested {
        Some(nested) => {
            let spec = nested.pieces.into_iter().map(|p| render_piece(p, args)).collect::<Result<String, _>>()?;
            if let Some(e) = nested.error {
                return Err(e);
            }
            spec
        }
        None => field.spec,
    };
    pyformat_str(&text, &spec)
}

/// A typed `%` argument: `i:42`, `f:<bits>` or `s:text`.
enum Arg {
    Int(BigInt),
    Float(f64),
    Str(String),
}

fn typed(arg: &str) -> Arg {
    match arg.split_once(':') {
        Some(("i", v)) => Arg::Int(int(v)),
        Some(("f", v)) => Arg::Float(float(v)),
        Some((_, v)) => Arg::Str(v.to_string()),
        None => Arg::Str(arg.to_string()),
    }
}

/// `template % tuple(args)`, as an interpreter would drive the parser.
fn percent(template: &str, args: &[&str]) -> Result<String, FormatError> {
    let mut args = args.iter().map(|a| typed(a));
    let mut next = || args.next().ok_or_else(|| FormatError::type_error("not enough arguments for format string"));
    let mut out = String::new();
    for piece in PercentParser::new(template).without_mapping() {
        let spec = match piece? {
            PercentPiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        let mut star = || match next()? {
            Arg::Int(n) => Ok(n.to_i64()),
            _ => Err(FormatError::type_error("* wants int")),
        };
        let w = if spec.width == Some(PercentCount::Star) { star()? } else { None };
        let p = if spec.precision == Some(PercentCount::Star) { star()? } else { None };
        let value = next()?;
        let kind = spec.kind()?;
        let layout = spec.layout(w, p)?;
        let text = match (kind, value) {
            (PercentKind::Int, Arg::Int(n)) => percent_int(&n, &layout),
            (PercentKind::Float, Arg::Float(x)) => percent_float(x, &layout),
            (PercentKind::Float, Arg::Int(n)) => percent_float(n.to_f64().expect("small"), &layout),
            (PercentKind::Char, Arg::Int(n)) => percent_text(&char_from_code(&n)?.to_string(), &layout),
            (PercentKind::Str | PercentKind::Char, Arg::Str(s)) => percent_text(&s, &layout),
            (PercentKind::Repr, Arg::Str(s)) => percent_text(&repr_str(&s), &layout),
            (PercentKind::Ascii, Arg::Str(s)) => percent_text(&ascii_str(&s), &layout),
            (PercentKind::Str | PercentKind::Repr, Arg::Int(n)) => percent_text(&n.to_string(), &layout),
            (PercentKind::Str | PercentKind::Repr, Arg::Float(x)) => percent_text(&float_repr(x), &layout),
            _ => panic!("argument type not covered by the table"),
        };
        out.push_str(&text);
    }
    if next().is_ok() {
        return Err(FormatError::type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

#[test]
fn every_recorded_cpython_result_matches() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in DATA.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let (expected, inputs) = fields.split_last().expect("fields");
        let got = run(inputs);
        count += 1;
        if &got != expected {
            failures.push(format!("{inputs:?}\n   expected {expected:?}\n        got {got:?}"));
        }
    }
    assert!(count > 5000, "the table should hold thousands of cases, found {count}");
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}
