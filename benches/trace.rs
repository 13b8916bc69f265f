//! The run timeline's cost: the median run time of a few programs with and without recording the
//! trace, and their ratio (issue 13's budget: at most 2× on the chatbot lesson). Run with
//! `cargo bench --bench trace` (release build). Figures only: that recording changes no result is
//! asserted by the tests (`trace::tests`).

use ormplay::eval::Limits;
use ormplay::run::{run_traced, run_with};
use std::time::{Duration, Instant};

const RUNS: usize = 41;

/// A loop that writes on every iteration: each step diffs the tables, which grow.
const LOOP_SCRIPT: &str = "for i in range(200):\n    db.add(Child(name=f'c{i}'))\n    db.commit()\n\
                           print(db.query(Child).count())\n";

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn measure(models: &str, script: &str) -> (Duration, Duration, usize) {
    let (mut plain, mut traced) = (Vec::new(), Vec::new());
    let mut steps = 0;
    // Alternate the two so that machine noise falls on both alike.
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(run_with(models, script, Limits::default()));
        plain.push(start.elapsed());
        let start = Instant::now();
        let output = std::hint::black_box(run_traced(models, script, Limits::default()));
        traced.push(start.elapsed());
        steps = output.trace.map_or(0, |t| t.steps.len());
    }
    (median(plain), median(traced), steps)
}

fn main() {
    let lesson = |id: &str| ormplay::gallery::find(id).map(|l| (l.models, l.script)).unwrap_or_default();
    let (chat_models, chat_script) = lesson("medical-chatbot");
    let (pc_models, pc_script) = lesson("parent-child");
    let cases = [
        ("chatbot lesson", chat_models, chat_script),
        ("parent/child lesson", pc_models, pc_script),
        ("200 commits in a loop", pc_models, LOOP_SCRIPT),
    ];
    println!("{:<24} {:>10} {:>10} {:>7} {:>6}", "program", "plain", "traced", "ratio", "steps");
    for (name, models, script) in cases {
        let (plain, traced, steps) = measure(models, script);
        let ratio = traced.as_secs_f64() / plain.as_secs_f64().max(1e-9);
        println!(
            "{name:<24} {:>8.2}ms {:>8.2}ms {ratio:>6.2}× {steps:>6}",
            plain.as_secs_f64() * 1e3,
            traced.as_secs_f64() * 1e3
        );
    }
}
