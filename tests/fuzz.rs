//! Property test: no input makes the parser or the evaluator panic (a panic in wasm kills the page).
//!
//! Three generators feed `program::run_python_with` under `catch_unwind`, with a small step budget:
//! random token soups (mostly syntax errors, exercising the parser and the nesting scan), random
//! well-formed programs from a small grammar (exercising the evaluator's corners: wrong types, odd
//! indices, huge or negative numbers, dunders returning nonsense), and random mutations of the pycases
//! corpus (realistic programs, slightly broken). Deterministic by default; set `ORMPLAY_FUZZ_SEED` and
//! `ORMPLAY_FUZZ_ITERATIONS` to explore further. `ORMPLAY_FUZZ_LOG=FILE` keeps the program being run in
//! FILE, so an abort (which no report survives) leaves its input behind; `replay_programs` re-runs such
//! files (`ORMPLAY_FUZZ_REPLAY=FILE[:FILE…]`) under the same limits and stack.

use ormplay::eval::Limits;
use ormplay::program::run_python_with;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// xorshift64*: small, deterministic, good enough to pick tokens.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn limits() -> Limits {
    Limits { steps: 20_000, recursion: 40, max_items: 20_000, stack: 1 << 20, memory: 64 << 20 }
}

/// Where the last panic happened (recorded by the hook installed in the test).
static LAST_PANIC: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// Runs one program; returns the panic message and location if it panicked.
fn survives(source: &str) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| run_python_with(source, "fuzz.py", limits())))
        .map(|_| ())
        .map_err(|_| LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default())
}

#[rustfmt::skip]
const TOKENS: &[&str] = &[
    "x", "y", "f", "self", "cls", "None", "True", "False", "0", "1", "-1", "2", "10**20", "1.5", "-0.0", "1e308",
    "'a'", "\"\"", "'%s'", "f'{x}'", "f'{x!r:>5}'", "'{}'", "[", "]", "(", ")", "{", "}", ":", ",", ".", ";",
    "=", "==", "+", "-", "*", "**", "/", "//", "%", "<", ">", "<=", "!=", "&", "|", "^", "~", "<<", ">>", "+=",
    "not", "and", "or", "in", "is", "if", "else", "elif", "for", "while", "def", "class", "return", "lambda",
    "try", "except", "finally", "raise", "with", "as", "pass", "break", "continue", "global", "nonlocal", "del",
    "import", "from", "yield", "assert", "*", "**", "\n", "\n", "\n    ", "\n        ", "len", "range", "print",
    "str", "int", "list", "dict", "sorted", "sum", "min", "max", "isinstance", "super", "type", "__init__",
    "__repr__", "__eq__", "__iter__", "__next__", "__enter__", "__exit__", "__len__", "__getitem__", "split",
    "join", "append", "pop", "items", "format", "@", "...", "\\", "#", "'''", "\t",
];

fn token_soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    let mut out = String::new();
    for _ in 0..n {
        out.push_str(rng.pick(TOKENS));
        out.push(' ');
    }
    out
}

#[rustfmt::skip]
const VALUES: &[&str] = &[
    "0", "1", "-3", "7", "2**63", "-2**63", "10**30", "0.5", "-0.0", "1e300", "float('inf')", "float('nan')",
    "True", "None", "'abc'", "''", "'é日'", "[1, 2, 3]", "[]", "(1, 'a')", "()", "{'k': 1}", "{}", "{1, 2}",
    "set()", "range(5)", "range(10, 0, -3)", "range(-2**63, 2**63 - 1)", "x", "y", "d", "s", "lst", "obj",
    "f", "C", "len", "str", "int", "[x, y]", "slice(None, None, -1)", "iter([1])", "lambda *a, **k: a",
];
const BINOPS: &[&str] = &["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "<", "in", "is", "and"];
#[rustfmt::skip]
const METHODS: &[&str] = &[
    "append(1)", "pop()", "pop(-5)", "insert(-100, 0)", "index(9)", "count(1)", "sort()", "reverse()", "copy()",
    "split(',')", "join(['a'])", "join([1])", "upper()", "strip('x')", "replace('a', 'b', -1)", "find('b', -1, 99)",
    "center(5, '*')", "zfill(-3)", "format(1, 2)", "get(1)", "items()", "keys()", "setdefault([], 1)", "update(x)",
    "add(1)", "union([1])", "__len__()", "startswith(('a', 1))", "partition('')", "rsplit(None, -1)", "expandtabs(-1)",
    "ljust(10**9)", "bit_length()", "is_integer()",
];
#[rustfmt::skip]
const CALLS: &[&str] = &[
    "len", "str", "repr", "int", "float", "bool", "list", "tuple", "dict", "set", "sorted", "reversed", "sum",
    "min", "max", "abs", "round", "divmod", "pow", "enumerate", "zip", "map", "filter", "any", "all", "isinstance",
    "hash", "getattr", "setattr", "hasattr", "range", "chr", "ord", "hex", "bin", "iter", "next", "format",
    "type", "print",
];

fn expr(rng: &mut Rng, depth: usize) -> String {
    if depth == 0 || rng.chance(30) {
        return rng.pick(VALUES).to_string();
    }
    let d = depth - 1;
    match rng.below(12) {
        0 => format!("({} {} {})", expr(rng, d), rng.pick(BINOPS), expr(rng, d)),
        1 => format!("{}.{}", expr(rng, d), rng.pick(METHODS)),
        2 => {
            let args: Vec<String> = (0..rng.below(4)).map(|_| expr(rng, d)).collect();
            format!("{}({})", rng.pick(CALLS), args.join(", "))
        }
        3 => format!("{}[{}]", expr(rng, d), expr(rng, d)),
        4 => {
            format!("{}[{}:{}:{}]", expr(rng, d), rng.pick(VALUES), rng.pick(VALUES), rng.pick(&["1", "-1", "2", "0"]))
        }
        5 => format!("[{} for x in {} if {}]", expr(rng, d), expr(rng, d), expr(rng, d)),
        6 => format!("f'{{{}:{}}}'", expr(rng, d), rng.pick(&[">5", ".2f", ",", "x", "08.3e", "^{y}", "%", "s", "!"])),
        7 => format!("({} if {} else {})", expr(rng, d), expr(rng, d), expr(rng, d)),
        8 => format!("{{{}: {}}}", expr(rng, d), expr(rng, d)),
        9 => format!("'%s %d' % ({}, {})", expr(rng, d), expr(rng, d)),
        10 => format!("not {}", expr(rng, d)),
        _ => format!("obj.{}", rng.pick(&["a", "b", "m()", "p", "__dict__", "__class__"])),
    }
}

const CLASS: &str = "class C:\n    a = 1\n    def __init__(self, v=0):\n        self.b = v\n    def m(self):\n        return self.b\n    @property\n    def p(self):\n        return self.a\n    def __repr__(self):\n        return REPR\n    def __eq__(self, o):\n        return EQ\n    def __len__(self):\n        return LEN\n    def __iter__(self):\n        return ITER\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return EXIT\n";

fn statement(rng: &mut Rng, depth: usize, indent: &str) -> String {
    let inner = format!("{indent}    ");
    let block = |rng: &mut Rng| -> String {
        (0..1 + rng.below(3)).map(|_| statement(rng, depth.saturating_sub(1), &inner)).collect()
    };
    if depth == 0 {
        return format!("{indent}{} = {}\n", rng.pick(&["x", "y", "d", "s", "lst"]), expr(rng, 2));
    }
    match rng.below(13) {
        0 | 1 => format!(
            "{indent}{} = {}\n",
            rng.pick(&["x", "y", "d", "s", "lst", "x, *y", "lst[0]", "obj.a", "d[x]"]),
            expr(rng, 3)
        ),
        2 => format!(
            "{indent}print({}, sep={}, end={})\n",
            expr(rng, 3),
            rng.pick(&["''", "'-'", "None"]),
            rng.pick(&["'\\n'", "''"])
        ),
        3 => format!("{indent}if {}:\n{}{indent}else:\n{}", expr(rng, 2), block(rng), block(rng)),
        4 => format!("{indent}for x in {}:\n{}", expr(rng, 2), block(rng)),
        5 => format!("{indent}while {}:\n{}{inner}break\n", expr(rng, 2), block(rng)),
        6 => format!(
            "{indent}try:\n{}{indent}except {} as e:\n{inner}print(e)\n{indent}finally:\n{inner}pass\n",
            block(rng),
            rng.pick(&["Exception", "(KeyError, TypeError)", "ValueError", "BaseException", "C"])
        ),
        7 => format!(
            "{indent}def f(a, b=[], *args, k={}, **kw):\n{}{inner}return {}\n",
            expr(rng, 1),
            block(rng),
            expr(rng, 2)
        ),
        8 => format!("{indent}with obj as w:\n{}", block(rng)),
        9 => format!("{indent}raise {}\n", rng.pick(&["ValueError('v')", "KeyError", "C()", "1", "StopIteration"])),
        10 => format!(
            "{indent}{} {}= {}\n",
            rng.pick(&["x", "s", "lst", "d[1]"]),
            rng.pick(&["+", "-", "*", "//", "|", "**"]),
            expr(rng, 2)
        ),
        11 => format!("{indent}del {}\n", rng.pick(&["x", "lst[0]", "d['k']", "obj.b", "lst[::2]"])),
        _ => format!("{indent}{}\n", expr(rng, 3)),
    }
}

fn grammar_program(rng: &mut Rng) -> String {
    let class = CLASS
        .replace("REPR", rng.pick(&["'C()'", "1", "repr(self)", "str(self.b)"]))
        .replace("EQ", rng.pick(&["True", "self == o", "NotImplemented", "self.b == o"]))
        .replace("LEN", rng.pick(&["3", "-1", "'x'", "len(self)"]))
        .replace("ITER", rng.pick(&["iter([1, 2])", "self", "1", "iter(self)"]))
        .replace("EXIT", rng.pick(&["True", "False", "1 / 0"]));
    let mut program = format!("{class}x = 1\ny = 'a'\nd = {{}}\ns = 'abc'\nlst = [3, 1, 2]\nobj = C(2)\n");
    for _ in 0..1 + rng.below(8) {
        // Most statements run under a catch-all, so one error does not end the exploration.
        if rng.chance(75) {
            program.push_str("try:\n");
            program.push_str(&statement(rng, 3, "    "));
            program.push_str("except BaseException as e:\n    print(type(e).__name__)\n");
        } else {
            program.push_str(&statement(rng, 3, ""));
        }
    }
    program
}

/// A corpus program with a few random edits: lines deleted, duplicated or swapped, characters dropped.
fn mutated_case(rng: &mut Rng, corpus: &[String]) -> String {
    let Some(source) = corpus.get(rng.below(corpus.len())) else { return String::new() };
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        match rng.below(5) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let line = lines[i].clone();
                lines.insert(i, line);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let chars: Vec<char> = lines[i].chars().collect();
                if !chars.is_empty() {
                    let cut = rng.below(chars.len());
                    lines[i] = chars.iter().enumerate().filter(|(k, _)| *k != cut).map(|(_, c)| c).collect();
                }
            }
            _ => lines[i].push_str(rng.pick(&[" + 1", "[0]", ".x", "()", " * 10**6", ")", ":"])),
        }
    }
    lines.join("\n") + "\n"
}

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pycases");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "py"));
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn no_program_makes_the_evaluator_panic() {
    let seed = setting("ORMPLAY_FUZZ_SEED", 0x005E_ED0F_0A11);
    let iterations = setting("ORMPLAY_FUZZ_ITERATIONS", 1500) as usize;
    // Silence the default hook's message per caught panic; failures are reported below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = info.to_string();
        }
    }));
    let result = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let corpus = corpus();
            let mut rng = Rng(seed | 1);
            let mut failures = Vec::new();
            let start = std::time::Instant::now();
            // ORMPLAY_FUZZ_SECONDS (scripts/fuzz.sh): run for that long instead of a fixed count.
            let deadline = std::env::var("ORMPLAY_FUZZ_SECONDS")
                .ok()
                .and_then(|s| s.parse().ok())
                .map(|s| start + std::time::Duration::from_secs(s));
            let mut tried = 0;
            let log = std::env::var_os("ORMPLAY_FUZZ_LOG");
            for i in 0.. {
                let done = match deadline {
                    Some(deadline) => std::time::Instant::now() >= deadline,
                    None => i >= iterations * 3,
                };
                if done {
                    break;
                }
                tried += 1;
                let program = match i % 3 {
                    0 => token_soup(&mut rng),
                    1 => grammar_program(&mut rng),
                    _ => mutated_case(&mut rng, &corpus),
                };
                // An abort (stack overflow, out of memory) ends the process before any report: the
                // program being run is then the last one written here.
                if let Some(path) = &log {
                    let _ = std::fs::write(path, &program);
                }
                if let Err(message) = survives(&program) {
                    failures.push(format!("panic: {message}\n--- program\n{program}"));
                }
            }
            println!("fuzz: {} programs in {:.2?} (seed {seed:#x}), {} panics", tried, start.elapsed(), failures.len());
            failures
        })
        .expect("spawn")
        .join();
    std::panic::set_hook(hook);
    let failures = result.expect("the fuzz thread itself does not panic");
    assert!(failures.is_empty(), "{} programs panicked; first:\n{}", failures.len(), failures[0]);
}

/// Re-runs the programs named by `ORMPLAY_FUZZ_REPLAY` (paths joined by `:`) under the fuzz limits and
/// stack; without it there is nothing to do.
#[test]
fn replay_programs() {
    let Some(paths) = std::env::var_os("ORMPLAY_FUZZ_REPLAY") else { return };
    let sources: Vec<String> =
        std::env::split_paths(&paths).map(|p| std::fs::read_to_string(&p).expect("readable replay file")).collect();
    let failures = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || sources.iter().filter_map(|s| survives(s).err()).collect::<Vec<_>>())
        .expect("spawn")
        .join()
        .expect("the replay thread itself does not panic");
    assert!(failures.is_empty(), "{failures:?}");
}
