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

/// Issue 15's page benchmark (scripts/bench-page.mjs): 100 chained tables, 10 rows added to each, one commit.
fn hundred_tables() -> (String, String) {
    let mut models = String::from(
        "from sqlalchemy import Column, Integer, String, ForeignKey, create_engine\n\
         from sqlalchemy.orm import declarative_base, Session\n\nBase = declarative_base()\n",
    );
    let mut script = String::from("session = Session(engine)\n");
    for i in 0..100 {
        models += &format!(
            "\nclass T{i}(Base):\n    __tablename__ = \"t{i}\"\n    id = Column(Integer, primary_key=True)\n    name = Column(String)\n"
        );
        if i > 0 {
            models += &format!("    t{}_id = Column(Integer, ForeignKey(\"t{}.id\"))\n", i - 1, i - 1);
        }
        script += &format!("session.add_all([T{i}(name=\"row %d\" % k) for k in range(10)])\n");
    }
    models += "\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\n";
    script += "session.commit()\nprint('done')\n";
    (models, script)
}

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
    let (big_models, big_script) = hundred_tables();
    let only = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let cases = [
        ("chatbot lesson", chat_models, chat_script),
        ("parent/child lesson", pc_models, pc_script),
        ("200 commits in a loop", pc_models, LOOP_SCRIPT),
        ("100 tables / 1,000 rows", big_models.as_str(), big_script.as_str()),
    ];
    let cases = cases.into_iter().filter(|(name, ..)| only.as_ref().is_none_or(|o| name.contains(o.as_str())));
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
