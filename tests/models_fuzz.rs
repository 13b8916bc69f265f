//! Property test for the models path: random mutations of real models (the gallery lessons, the
//! conformance models, the broken-model cases) — lines deleted, duplicated or swapped, the text
//! truncated, random tokens inserted — go through the whole pipeline (run, linter, DDL text, diagram
//! layout and SVG) without a panic. A panic in wasm kills the page, so this runs for a few seconds of
//! deterministic pseudo-random inputs and prints how many it tried.

mod common;

use ormplay::diagram::{LayoutOptions, SvgOptions, layout, render_svg};
use ormplay::orm::ddl::{Dialect, schema_text};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    ":",
    "=",
    ",",
    "[",
    "]",
    "\"",
    "'",
    "\n",
    "\n    ",
    "\t",
    "é",
    "None",
    "lambda: ",
    "**",
    "Base",
    "relationship(",
    "Column(",
    "mapped_column(",
    "ForeignKey(\"parent.id\")",
    "ForeignKey(\"nope.x\")",
    "back_populates=\"children\"",
    "backref=\"owner\"",
    "secondary=",
    "uselist=False",
    "primary_key=True",
    "cascade=\"all, delete-orphan\"",
    "remote_side=",
    "foreign_keys=",
    "__tablename__ = \"child\"",
    "class X(Base):\n    pass\n",
    "relationship = Column(String)\n",
    "Mapped[List[\"Child\"]]",
    "Optional[",
    "Base.metadata.create_all(engine)\n",
    "del ",
    "return ",
    "yield ",
    "import ",
    "99999999999999999999",
];

fn mutate(source: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = source.lines().collect();
    let n = lines.len();
    match rng.below(5) {
        0 if n > 0 => {
            lines.remove(rng.below(n));
        }
        1 if n > 0 => {
            let i = rng.below(n);
            let line = lines[i];
            lines.insert(rng.below(n + 1), line);
        }
        2 if n > 1 => {
            let (a, b) = (rng.below(n), rng.below(n));
            lines.swap(a, b);
        }
        3 => {
            let mut cut = rng.below(source.len() + 1);
            while !source.is_char_boundary(cut) {
                cut -= 1;
            }
            return source[..cut].to_string();
        }
        _ => {
            let mut text = source.to_string();
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, TOKENS[rng.below(TOKENS.len())]);
            return text;
        }
    }
    lines.join("\n")
}

/// Everything the models pane and the CLI do with a models text.
fn pipeline(models: &str) {
    let (output, registries) = ormplay::run::run_models(models);
    for r in &registries {
        let reg = r.borrow();
        for dialect in [Dialect::Sqlite, Dialect::Postgresql] {
            let _ = schema_text(&reg, dialect);
        }
    }
    let geometry = layout(&output.diagram, &LayoutOptions::default());
    let _ = render_svg(&output.diagram, &geometry, &SvgOptions::default());
}

#[test]
fn mutated_models_never_panic() {
    let mut corpus: Vec<String> = common::gallery_models().into_iter().map(|(_, m)| m).collect();
    corpus.extend(common::conformance_models().into_iter().map(|(_, m)| m));
    let cases = include_str!("models_diagnostics/cases.txt");
    corpus.extend(cases.split("\n---\n").skip(1).map(|c| c.split("\n### ").next().unwrap_or("").to_string()));
    // The evaluator recurses; give it the stack the CLI gives it.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
            // ORMPLAY_FUZZ_SECONDS runs longer (with another seed) when hunting.
            let seconds = std::env::var("ORMPLAY_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(4);
            if seconds != 4 {
                rng.0 ^= seconds;
            }
            let deadline = Instant::now() + Duration::from_secs(seconds);
            let mut tried = 0usize;
            let mut panics = Vec::new();
            while Instant::now() < deadline {
                let base = &corpus[rng.below(corpus.len())];
                let mut text = mutate(base, &mut rng);
                for _ in 0..rng.below(3) {
                    text = mutate(&text, &mut rng);
                }
                // A stack overflow aborts instead of panicking: ORMPLAY_FUZZ_LOG keeps the input being tried.
                if let Some(path) = std::env::var_os("ORMPLAY_FUZZ_LOG") {
                    let _ = std::fs::write(path, &text);
                }
                if catch_unwind(AssertUnwindSafe(|| pipeline(&text))).is_err() {
                    panics.push(text);
                }
                tried += 1;
            }
            (tried, panics)
        })
        .expect("spawn");
    let (tried, panics) = handle.join().expect("fuzz thread");
    println!("models fuzz: {tried} mutated models through run + lint + ddl + layout + svg, {} panics", panics.len());
    assert!(tried >= 50, "only {tried} inputs tried");
    assert!(panics.is_empty(), "{} inputs panicked; first:\n{}", panics.len(), panics[0]);
}

/// Found by the fuzzer (`id == Column(Integer)` in a class body): comparing objects without `__eq__`
/// recursed until the stack overflowed, which no catch_unwind can stop.
#[test]
fn comparing_objects_without_eq_does_not_overflow() {
    let models = "from sqlalchemy import Column, Integer\nclass A:\n    pass\na = A()\nprint(A() == 3, a == a, a != a, 3 != A(), id == Column(Integer))\n";
    let output = ormplay::run::run(models, "");
    assert!(output.error.is_none(), "{:?}", output.error.map(|e| e.message));
    // SQLAlchemy 2.1.9: `id == Column(Integer)` is the reflected `Column.__eq__`, an expression.
    assert_eq!(output.stdout, "False True False True \"<name unknown>\" = :param_1\n");
}
