//! Never-panic property test: thousands of random specs, templates and values through every entry
//! point, with a small deterministic generator (no dependencies). Each result must be either text that
//! honours the requested width or an error naming one of the exception classes CPython would raise.

use num_bigint::BigInt;

use crate::pyfmt::*;

/// xorshift64*: deterministic, good enough to explore inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick(&mut self, alphabet: &[char]) -> char {
        alphabet.get(self.below(alphabet.len())).copied().unwrap_or('x')
    }

    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        (0..self.below(max_len + 1)).map(|_| self.pick(alphabet)).collect()
    }

    fn float(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => (self.next() % 2_000_001) as f64 / 1000.0 - 1000.0,
            2 => [0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, f64::MAX, f64::MIN_POSITIVE, 5e-324]
                [self.below(8)],
            _ => (self.next() as i64) as f64,
        }
    }

    fn int(&mut self) -> BigInt {
        match self.below(3) {
            0 => BigInt::from(self.next() as i64),
            1 => BigInt::from(self.below(2000) as i64 - 1000),
            _ => BigInt::from(self.next()) * BigInt::from(self.next()) * BigInt::from(self.next()),
        }
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '2', '5', '9', ',', '_', '.', 'b', 'c', 'd', 'e', 'E', 'f',
    'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%', '{', '}', 'é', '\0', '*',
];
const TEMPLATE_CHARS: &[char] = &['{', '}', '!', ':', '[', ']', '.', '0', '1', 'a', 'r', 's', '>', '5', ' ', 'é'];
const PERCENT_CHARS: &[char] = &[
    '%', '(', ')', 'a', '-', '+', ' ', '#', '0', '5', '.', '*', 'd', 'x', 'X', 'o', 'f', 'e', 'g', 's', 'r', 'c', 'l',
];
const CLASSES: &[ExcType] = &[ExcType::ValueError, ExcType::TypeError, ExcType::OverflowError];

/// The spec's width, if it parses, so successful output can be checked against it.
fn width_of(spec: &str) -> usize {
    parse_format_spec(spec, "t").ok().and_then(|s| s.width).unwrap_or(0)
}

fn check(result: Result<String, FormatError>, spec: &str) {
    match result {
        Ok(text) => assert!(text.chars().count() >= width_of(spec), "{spec:?} gave {text:?}"),
        Err(e) => assert!(CLASSES.contains(&e.class), "{spec:?}: unexpected class {}", e.class),
    }
}

#[test]
fn format_specs_never_panic_and_honour_width() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let spec = rng.text(SPEC_CHARS, 10);
        check(pyformat_float(rng.float(), &spec), &spec);
        check(pyformat_int(&rng.int(), &spec), &spec);
        check(pyformat_str("héllo", &spec), &spec);
    }
}

#[test]
fn float_repr_round_trips_and_round_never_panics() {
    let mut rng = Rng(12345);
    for _ in 0..20_000 {
        let x = rng.float();
        let text = float_repr(x);
        let back: f64 = text.parse().unwrap_or(f64::NAN);
        assert!(back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()), "{x:e} -> {text}");
        let nd = rng.below(800) as i64 - 400;
        match round_float(x, nd) {
            Ok(r) => assert!(r.is_nan() == x.is_nan(), "round({x:e}, {nd}) = {r}"),
            Err(e) => assert_eq!(e.class, ExcType::OverflowError),
        }
        let n = rng.int();
        let rounded = round_half_even_int(&n, nd);
        assert!(rounded.magnitude() <= &(n.magnitude() * 2u32 + 10u32), "round({n}, {nd}) = {rounded}");
    }
}

#[test]
fn templates_never_panic() {
    let mut rng = Rng(777);
    let mut fields = 0;
    for _ in 0..20_000 {
        let template = rng.text(TEMPLATE_CHARS, 12);
        for piece in FormatStringParser::new(&template) {
            match piece {
                Ok(Piece::Field(_)) => fields += 1,
                Ok(Piece::Literal(text)) => assert!(!text.is_empty()),
                Err(e) => assert_eq!(e.class, ExcType::ValueError, "{template:?}"),
            }
        }
    }
    assert!(fields > 500, "the generator should produce valid fields too ({fields})");
}

#[test]
fn percent_templates_never_panic() {
    let mut rng = Rng(4242);
    for _ in 0..20_000 {
        let template = rng.text(PERCENT_CHARS, 10);
        for piece in PercentParser::new(&template) {
            let spec = match piece {
                Ok(PercentPiece::Spec(spec)) => spec,
                Ok(PercentPiece::Literal(_)) => continue,
                Err(e) => {
                    assert_eq!(e.class, ExcType::ValueError, "{template:?}");
                    break;
                }
            };
            let mut star = || Some(rng.below(41) as i64 - 20);
            let Ok(layout) = spec.layout(star(), star()) else { continue };
            let width = layout.width.unwrap_or(0);
            let texts =
                [percent_int(&rng.int(), &layout), percent_float(rng.float(), &layout), percent_text("héllo", &layout)];
            for text in texts {
                assert!(text.chars().count() >= width, "{template:?} gave {text:?}");
            }
            let _ = spec.kind();
        }
    }
}

#[test]
fn repr_never_panics_and_is_quoted() {
    let mut rng = Rng(99);
    for _ in 0..20_000 {
        let text: String = (0..rng.below(8)).filter_map(|_| char::from_u32((rng.next() % 0x11_0000) as u32)).collect();
        let repr = repr_str(&text);
        assert!(repr.starts_with(['\'', '"']) && repr.ends_with(['\'', '"']), "{repr}");
        assert!(ascii_str(&text).is_ascii());
    }
}
