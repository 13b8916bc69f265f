//! Fuzz targets for the SQL console and link decoding (the Python front end + evaluator is
//! `tests/fuzz.rs`, models → ORM is `tests/models_fuzz.rs`): random mutations of a corpus kept in the
//! repository (`tests/fuzz/corpus/{sql,link}`) must never panic, and the console must answer
//! `SELECT 1` after every input (a panic in wasm kills the page; a database left broken locks the
//! console).
//!
//! Deterministic and short under `cargo test`; `scripts/fuzz.sh` runs each target for a set time
//! (`ORMPLAY_FUZZ_SECONDS`, another seed each time with `ORMPLAY_FUZZ_SEED`). A failing input is written
//! to `target/fuzz-findings/` so it can become a regression test.

#![allow(clippy::expect_used)] // test helpers fail loudly

use ormplay::db::{Cell, Database, Outcome};
use ormplay::permalink;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
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

fn setting(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

fn corpus(kind: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus").join(kind);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("corpus").filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Where a failing input is kept.
fn keep_finding(target: &str, input: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!(
        "{target}-{:016x}",
        input.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
    ));
    let _ = std::fs::write(&path, input);
    path
}

/// Runs `one` on mutated corpus inputs until the time is up: (inputs tried, failures).
fn fuzz(
    target: &str,
    default_seconds: u64,
    corpus: &[String],
    tokens: &[&str],
    one: impl Fn(&str) -> Result<(), String>,
) -> (usize, Vec<String>) {
    let seconds = setting("ORMPLAY_FUZZ_SECONDS").unwrap_or(default_seconds);
    let mut rng = Rng(setting("ORMPLAY_FUZZ_SEED").unwrap_or(0x5EED_F022) | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut tried, mut failures) = (0, Vec::new());
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    while Instant::now() < deadline {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..1 + rng.below(4) {
            input = mutate(&input, tokens, &mut rng);
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| one(&input))).unwrap_or_else(|_| Err("panicked".into()));
        if let Err(why) = outcome {
            failures.push(format!("{why}: {}", keep_finding(target, &input).display()));
        }
        tried += 1;
    }
    std::panic::set_hook(hook);
    println!("fuzz {target}: {tried} inputs in {seconds} s, {} failures", failures.len());
    (tried, failures)
}

/// One random edit: a token inserted, a span deleted, duplicated or moved, or the text cut.
fn mutate(text: &str, tokens: &[&str], rng: &mut Rng) -> String {
    let mut text = text.to_string();
    let at = |rng: &mut Rng, text: &str| {
        let mut i = rng.below(text.len() + 1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (at(rng, &text), at(rng, &text));
    let (lo, hi) = (a.min(b), a.max(b).min(a.min(b) + 64));
    let hi = (lo..=hi).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(lo);
    match rng.below(6) {
        0 | 1 => text.insert_str(a, tokens[rng.below(tokens.len())]),
        2 => text.replace_range(lo..hi, ""),
        3 => {
            let piece = text[lo..hi].to_string();
            text.insert_str(hi, &piece);
        }
        4 => {
            let piece = text[lo..hi].to_string();
            text.replace_range(lo..hi, "");
            let to = at(rng, &text);
            text.insert_str(to, &piece);
        }
        _ => text.truncate(a),
    }
    text
}

#[rustfmt::skip]
const SQL_TOKENS: &[&str] = &[
    " SELECT ", " FROM ", " WHERE ", " UNION ALL ", " JOIN ", ",", "(", ")", ";", "'", "\"", "*", "+", "||",
    " LIKE ", " GLOB ", " ESCAPE ", " IN ", " NOT ", " NULL ", " CAST(", " AS ", " INTEGER ", " TEXT ", " BLOB ",
    "9223372036854775807", "-9223372036854775808", "1e308", "0x7fffffffffffffff", "x'00'", "?", "?32767", ":a",
    "zeroblob(", "randomblob(", "printf('%.*c',", "replace(", "substr(", "hex(", "group_concat(", "char(",
    " WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r) ", " ORDER BY ", " GROUP BY ", " HAVING ",
    " LIMIT ", " OFFSET ", " RETURNING ", " PRAGMA ", " ATTACH ':memory:' AS a", " DETACH ", " VACUUM",
    " CREATE TABLE ", " CREATE VIRTUAL TABLE ", " CREATE TRIGGER ", " INSERT INTO ", " DEFAULT ", " BEGIN",
    " COMMIT", " ROLLBACK", " SAVEPOINT s", " RELEASE s", "/*", "*/", "--", "\n", "é", "\u{0}", "💥",
];

/// One console input: no panic, and the database answers `SELECT 1` afterwards.
fn console_input(sql: &str, db: &mut Database) -> Result<(), String> {
    db.budget().grant(300_000);
    let _ = db.run_script(sql);
    db.budget().grant(1_000);
    match db.run_script("SELECT 1").pop() {
        Some((_, Ok(Outcome::Rows { rows, .. }))) if rows == [[Cell::Integer(1)]] => Ok(()),
        other => Err(format!("the database stopped answering: {other:?}")),
    }
}

#[test]
fn the_sql_console_survives_mutated_sql() {
    let corpus = corpus("sql");
    let db = std::cell::RefCell::new(Database::new().expect("database opens"));
    let (tried, failures) = fuzz("sql", 3, &corpus, SQL_TOKENS, |sql| {
        let mut db = db.borrow_mut();
        if db.in_transaction() {
            let _ = db.run_script("ROLLBACK");
        }
        console_input(sql, &mut db)
    });
    assert!(tried >= 20, "only {tried} inputs tried");
    assert!(failures.is_empty(), "{} failures; first: {}", failures.len(), failures[0]);
}

#[rustfmt::skip]
const LINK_TOKENS: &[&str] = &["A", "_", "-", "#", "=", "%", "AAAA", "____", "////", "+", " ", "\n", "é", "#v1", "https://x/#"];

#[test]
fn link_decoding_survives_mutated_links() {
    let corpus = corpus("link");
    let (tried, failures) = fuzz("link", 2, &corpus, LINK_TOKENS, |link| {
        if let Ok(state) = permalink::decode(link) {
            // What decodes must be within the limits and encode back to a link that decodes the same.
            state.check_limits().map_err(|e| format!("decoded past the limits: {e:?}"))?;
            let again =
                permalink::decode(&permalink::encode(&state)).map_err(|e| format!("re-encoded link fails: {e:?}"))?;
            if (again.models != state.models) || (again.script != state.script) {
                return Err("the re-encoded link decodes differently".into());
            }
        }
        Ok(())
    });
    assert!(tried >= 100, "only {tried} inputs tried");
    assert!(failures.is_empty(), "{} failures; first: {}", failures.len(), failures[0]);
}
