//! Hand-picked cases, each checked against CPython 3.11 by hand (`python3 -c ...`): the behaviours the
//! brief names, and the structure the parsers return (which the table cannot show).

use num_bigint::BigInt;

use crate::pyfmt::*;

fn f(x: f64, spec: &str) -> String {
    pyformat_float(x, spec).expect("valid spec")
}

fn i(n: i64, spec: &str) -> String {
    pyformat_int(&BigInt::from(n), spec).expect("valid spec")
}

fn err<T: std::fmt::Debug>(result: Result<T, FormatError>) -> (String, String) {
    let e = result.expect_err("should fail");
    (e.class.to_string(), e.message)
}

#[test]
fn float_repr_matches_cpython() {
    let cases = [
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (0.1, "0.1"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (1.5e300, "1.5e+300"),
        (100.0, "100.0"),
        (1234567890123456.0, "1234567890123456.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-4, "0.0001"),
        (5e-324, "5e-324"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want);
    }
}

#[test]
fn float_specs_round_half_even_on_the_exact_value() {
    assert_eq!(f(13.25, ".1f"), "13.2");
    assert_eq!(f(2.675, ".2f"), "2.67");
    assert_eq!(f(0.125, ".2f"), "0.12");
    assert_eq!(f(2.5, ".0f"), "2");
    assert_eq!(f(7.125, ".2f"), "7.12");
    assert_eq!(f(-0.004, ".2f"), "-0.00");
    assert_eq!(f(-0.004, "z.2f"), "0.00");
    assert_eq!(f(0.125, ".1%"), "12.5%");
}

#[test]
fn float_without_type_follows_the_repr_and_g_rules() {
    assert_eq!(f(1.0, ""), "1.0");
    assert_eq!(f(1e16, "g"), "1e+16");
    assert_eq!(f(1e15, "g"), "1e+15");
    assert_eq!(f(1e15, ""), "1000000000000000.0");
    assert_eq!(f(100.0, ".3"), "1e+02");
    assert_eq!(f(1.0, ".3"), "1.0");
    assert_eq!(f(1e16, "#"), "1.e+16");
    assert_eq!(f(1234.5, "010_"), "0_001_234.5");
    assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
    assert_eq!(f(-f64::NAN, "+"), "+nan");
}

#[test]
fn int_specs_match_cpython() {
    assert_eq!(i(1234, "010,"), "00,001,234");
    assert_eq!(i(1234, "x=10,"), "xxxxx1,234");
    assert_eq!(i(12345678, "#020_x"), "0x000_0000_00bc_614e");
    assert_eq!(i(255, "#X"), "0XFF");
    assert_eq!(i(-42, "06"), "-00042");
    assert_eq!(i(42, "+"), "+42");
    assert_eq!(i(65, "05c"), "0000A");
    assert_eq!(i(5, "<05"), "50000");
    assert_eq!(i(1, ".0%"), "100%");
    assert_eq!(i(1234567, ","), "1,234,567");
}

#[test]
fn str_specs_match_cpython() {
    assert_eq!(pyformat_str("ab", "05").expect("valid"), "ab000");
    assert_eq!(pyformat_str("x", "*^7").expect("valid"), "***x***");
    assert_eq!(pyformat_str("long text here", ">5").expect("valid"), "long text here");
    assert_eq!(pyformat_str("héllo", ".2").expect("valid"), "hé");
}

#[test]
fn spec_errors_carry_cpython_class_and_message() {
    let unknown = ("ValueError".to_string(), "Unknown format code 'd' for object of type 'str'".to_string());
    assert_eq!(err(pyformat_str("s", "d")), unknown);
    assert_eq!(err(pyformat_int(&BigInt::from(1), ".2")).1, "Precision not allowed in integer format specifier");
    assert_eq!(err(pyformat_int(&BigInt::from(1), "abc")).1, "Invalid format specifier 'abc' for object of type 'int'");
    assert_eq!(err(pyformat_int(&BigInt::from(1), ",_")).1, "Cannot specify both ',' and '_'.");
    assert_eq!(err(pyformat_str("s", ",")).1, "Cannot specify ',' with 's'.");
    assert_eq!(err(pyformat_int(&BigInt::from(0x110000), "c")).0, "OverflowError");
    assert_eq!(err(pyformat_float(1.0, "d")).1, "Unknown format code 'd' for object of type 'float'");
}

#[test]
fn parsed_spec_keeps_what_was_written() {
    let spec = parse_format_spec("*^+z#012_.3e", "float").expect("valid");
    let want = FormatSpec {
        fill: Some('*'),
        align: Some(Align::Center),
        sign: Some(Sign::Plus),
        no_neg_zero: true,
        alternate: true,
        zero: false,
        width: Some(12),
        grouping: Some(Grouping::Underscore),
        precision: Some(3),
        ty: Some('e'),
    };
    assert_eq!(spec, want);
    let zero = parse_format_spec("010", "int").expect("valid");
    assert_eq!(zero.fill_and_align(Align::Right), ('0', Align::AfterSign));
    assert_eq!(zero.fill_and_align(Align::Left), ('0', Align::Left));
}

#[test]
fn round_matches_cpython() {
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(round_float(1250.0, -2), Ok(1200.0));
    assert_eq!(round_float(-123.456, -400).map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert_eq!(round_float(1.7e308, -308).map_err(|e| e.class), Err(ExcType::OverflowError));
    assert_eq!(round_float_to_int(0.5), Ok(BigInt::from(0)));
    assert_eq!(round_float_to_int(1.5), Ok(BigInt::from(2)));
    assert_eq!(round_float_to_int(2.5), Ok(BigInt::from(2)));
    assert_eq!(round_float_to_int(f64::NAN).map_err(|e| e.class), Err(ExcType::ValueError));
    assert_eq!(round_half_even_int(&BigInt::from(1250), -2), BigInt::from(1200));
    assert_eq!(round_half_even_int(&BigInt::from(-1350), -2), BigInt::from(-1400));
    assert_eq!(round_half_even_int(&BigInt::from(1234), 3), BigInt::from(1234));
}

#[test]
fn format_string_fields_have_numbering_accessors_and_nested_specs() {
    let pieces = parse_format_string("a{{{.x[0][k]!r:>{}}}}b{name}").expect("valid");
    let [Piece::Literal(open), Piece::Field(first), Piece::Literal(close), Piece::Field(named)] = pieces.as_slice()
    else {
        panic!("unexpected pieces {pieces:?}");
    };
    assert_eq!((open.as_str(), close.as_str()), ("a{", "}b"));
    assert_eq!(first.arg, FieldArg::Index(0));
    let accessors = vec![Accessor::Attr("x".into()), Accessor::Index(0), Accessor::Key("k".into())];
    assert_eq!(first.accessors, accessors);
    assert_eq!(first.conversion, Some('r'));
    assert_eq!(first.spec, ">{}");
    let nested = first.nested.as_ref().expect("nested spec");
    assert_eq!(nested.pieces.len(), 2);
    assert!(matches!(&nested.pieces[1], Piece::Field(Field { arg: FieldArg::Index(1), .. })));
    assert_eq!(named.arg, FieldArg::Name("name".into()));
    let switch = err(parse_format_string("{0}{}"));
    assert_eq!(switch.1, "cannot switch from manual field specification to automatic field numbering");
    assert_eq!(err(parse_format_string("a}b")).1, "Single '}' encountered in format string");
}

#[test]
fn percent_templates_parse_and_render() {
    let pieces = parse_percent_format("%(n)-+#08.3lf|%%|%*.*d").expect("valid");
    let [PercentPiece::Spec(first), PercentPiece::Literal(bar), PercentPiece::Spec(star)] = pieces.as_slice() else {
        panic!("unexpected pieces {pieces:?}");
    };
    assert_eq!(first.key.as_deref(), Some("n"));
    let flags = PercentFlags { left: true, sign: true, blank: false, alt: true, zero: true };
    assert_eq!((first.flags, first.width, first.conversion), (flags, Some(PercentCount::Fixed(8)), 'f'));
    assert_eq!(bar, "|%|");
    assert_eq!((star.width, star.precision), (Some(PercentCount::Star), Some(PercentCount::Star)));
    let layout = star.layout(Some(-6), Some(3)).expect("valid");
    assert_eq!(percent_int(&BigInt::from(7), &layout), "007   ");
    let layout = first.layout(None, None).expect("valid");
    assert_eq!(percent_float(1.23456, &layout), "+1.235  ");
    let unsupported = PercentSpec { conversion: 'y', index: 1, ..first.clone() };
    assert_eq!(err(unsupported.kind()).1, "unsupported format character 'y' (0x79) at index 1");
}

#[test]
fn repr_str_matches_cpython() {
    assert_eq!(repr_str("it's"), "\"it's\"");
    assert_eq!(repr_str("both ' and \""), "'both \\' and \"'");
    assert_eq!(repr_str("a\tb\n\\\x07"), "'a\\tb\\n\\\\\\x07'");
    assert_eq!(repr_str("héllo 日本"), "'héllo 日本'");
    assert_eq!(repr_str("\u{a0}\u{200b}\u{e0001}"), "'\\xa0\\u200b\\U000e0001'");
    assert_eq!(ascii_str("é"), "'\\xe9'");
}
