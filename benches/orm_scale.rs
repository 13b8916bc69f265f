//! The ORM at scale: how the session's work grows from 1k to 10k to 100k objects. Each scenario is a
//! models + script program run end to end (parsing, evaluation, the ORM and SQLite), timed inside a
//! child process so that a quadratic or exponential case is stopped at its time limit instead of
//! hanging the run. Prints each time and its ratio to the 1k time of the same run (linear growth reads
//! 1 → 10 → 100). Figures only, no assertions on time: the scripts' printed results are checked, so a
//! broken run is reported, never timed.
//!
//! `cargo bench --bench orm_scale` (release profile); sizes can be given: `cargo bench --bench
//! orm_scale -- 1000 10000`; `ORM_SCALE_LIMIT=60` sets the per-run time limit in seconds (default 30).

use ormplay::eval::Limits;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MODELS: &str = "\
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine, select, text
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()

class Parent(Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship('Child', back_populates='parent', cascade='all, delete-orphan')

class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('parent.id'))
    parent = relationship('Parent', back_populates='children')

class Node(Base):
    __tablename__ = 'node'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('node.id'))
    children = relationship('Node', cascade='all, delete-orphan', backref=backref('parent', remote_side=[id]))

enrolment = Table('enrolment', Base.metadata,
    Column('student_id', ForeignKey('student.id'), primary_key=True),
    Column('course_id', ForeignKey('course.id'), primary_key=True))

class Student(Base):
    __tablename__ = 'student'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    courses = relationship('Course', secondary=enrolment, back_populates='students')

class Course(Base):
    __tablename__ = 'course'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    students = relationship('Student', secondary=enrolment, back_populates='courses')

engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
";

/// (name, what it does, script with `SIZE` for the size, expected output with `{n}` for the size).
const SCENARIOS: &[(&str, &str, &str, &str)] = &[
    (
        "construct",
        "N mapped objects built, no session (the evaluator's floor)",
        "
objs = [Child(name='c') for i in range(SIZE)]
print(len(objs))
",
        "{n}\n",
    ),
    (
        "cascade",
        "N children appended to one parent, committed, parent deleted (delete-orphan cascade)",
        "
p = Parent(name='p')
session.add(p)
for i in range(SIZE):
    p.children.append(Child(name='c'))
session.commit()
session.delete(p)
session.commit()
print(session.query(Child).count())
",
        "0\n",
    ),
    (
        "add_all",
        "N objects added and committed in one go",
        "
session.add_all([Child(name='c') for i in range(SIZE)])
session.commit()
print(session.query(Child).count())
",
        "{n}\n",
    ),
    (
        "chain",
        "self-referential chain of N nodes, committed, removed from its holder (delete-orphan); \
         expire_on_commit=False keeps the levels loaded, so this is the ORM's work alone",
        "
session = Session(engine, expire_on_commit=False)
top = Node()
session.add(top)
node = top
for i in range(SIZE):
    child = Node()
    node.children.append(child)
    node = child
session.commit()
top.children.clear()
session.commit()
print(session.query(Node).count())
",
        "1\n",
    ),
    (
        "chain_lazy",
        "the same with the default session: every level is lazy-loaded by one SELECT on parent_id, which \
         SQLite answers by scanning the table (no index; SQLAlchemy sends the same SELECTs): quadratic in SQLite",
        "
top = Node()
session.add(top)
node = top
for i in range(SIZE):
    child = Node()
    node.children.append(child)
    node = child
session.commit()
top.children.clear()
session.commit()
print(session.query(Node).count())
",
        "1\n",
    ),
    (
        "commit_loop",
        "N times: add one object, commit",
        "
for i in range(SIZE):
    session.add(Child(name='c'))
    session.commit()
print(session.query(Child).count())
",
        "{n}\n",
    ),
    (
        "flush_loop",
        "N times: add one object, flush (one transaction)",
        "
for i in range(SIZE):
    session.add(Child(name='c'))
    session.flush()
session.commit()
print(session.query(Child).count())
",
        "{n}\n",
    ),
    (
        "autoflush_loop",
        "N times: add one object, then a query by key (its autoflush flushes the new object)",
        "
for i in range(SIZE):
    session.add(Child(name='c'))
    session.scalars(select(Child).where(Child.id == i + 1)).one()
print(session.query(Child).count())
",
        "{n}\n",
    ),
    (
        "get_loop",
        "N objects committed, then N times: session.get() one of them (the first get of each refreshes it)",
        "
session.add_all([Child(name='c') for i in range(SIZE)])
session.commit()
found = 0
for i in range(1, SIZE + 1):
    found += session.get(Child, i).name == 'c'
print(found)
",
        "{n}\n",
    ),
    (
        "update_loop",
        "N objects committed, then N times: change one attribute of one object, commit",
        "
items = [Child(name='c') for i in range(SIZE)]
session.add_all(items)
session.commit()
for c in items:
    c.name = 'd'
    session.commit()
print(session.query(Child).filter(Child.name == 'd').count())
",
        "{n}\n",
    ),
    (
        "delete_loop",
        "N objects committed, then N times: delete one object, commit",
        "
items = [Child(name='c') for i in range(SIZE)]
session.add_all(items)
session.commit()
for c in items:
    session.delete(c)
    session.commit()
print(session.query(Child).count())
",
        "0\n",
    ),
    (
        "select_all_loop",
        "N times: add one object, load every object (select all, autoflush first): N²/2 rows by nature, \
         as in SQLAlchemy; each row of an object already in the identity map is a lookup, not a new object",
        "
n = 0
for i in range(SIZE):
    session.add(Child(name='c'))
    n = len(session.scalars(select(Child)).all())
print(n)
",
        "{n}\n",
    ),
    (
        "many_to_many",
        "N students each linked to 2 of 10 courses, committed, then every link removed",
        "
courses = [Course(name='c') for i in range(10)]
for i in range(SIZE):
    s = Student(name='s')
    s.courses.append(courses[i % 10])
    s.courses.append(courses[(i + 1) % 10])
    session.add(s)
session.commit()
print(session.execute(text('SELECT count(*) FROM enrolment')).scalar())
for c in courses:
    c.students.clear()
session.commit()
print(session.execute(text('SELECT count(*) FROM enrolment')).scalar())
",
        "{2n}\n0\n",
    ),
    (
        "query_loop",
        "N objects committed, then N times: query one by key and change it (autoflush each time)",
        "
session.add_all([Child(name='c') for i in range(SIZE)])
session.commit()
for i in range(1, SIZE + 1):
    c = session.query(Child).filter(Child.id == i).one()
    c.name = 'd'
session.commit()
print(session.query(Child).filter(Child.name == 'd').count())
",
        "{n}\n",
    ),
];

fn expected(template: &str, n: usize) -> String {
    template.replace("{2n}", &(2 * n).to_string()).replace("{n}", &n.to_string())
}

/// In the child: runs one scenario at one size and prints the seconds it took (or what went wrong).
fn child(spec: &str) -> i32 {
    let Some((name, n)) = spec.split_once(':') else { return 2 };
    let Ok(n) = n.parse::<usize>() else { return 2 };
    // For profiling: `ORM_SCALE_CHILD=script:N ORM_SCALE_SCRIPT=file.py` runs a script of one's own
    // (over the same models) and prints what it printed.
    let own = std::env::var("ORM_SCALE_SCRIPT").ok().and_then(|f| std::fs::read_to_string(f).ok());
    let (script, want) = match SCENARIOS.iter().find(|s| s.0 == name) {
        Some((_, _, script, want)) => (script.to_string(), Some(*want)),
        None if name == "script" => match own {
            Some(script) => (script, None),
            None => return 2,
        },
        None => return 2,
    };
    let script = script.replace("SIZE", &n.to_string());
    let limits = Limits { steps: u64::MAX, max_items: usize::MAX, recursion: 1000, stack: 1 << 30, memory: usize::MAX };
    let handle = std::thread::Builder::new().stack_size(1 << 31).spawn(move || {
        let start = Instant::now();
        let out = ormplay::run::run_with(MODELS, &script, limits);
        let elapsed = start.elapsed();
        (out, elapsed)
    });
    let Ok(Ok((out, elapsed))) = handle.map(|h| h.join()) else {
        println!("error: the run crashed");
        return 1;
    };
    if let Some(e) = out.error {
        println!("error: {}: {}", e.class, e.message);
        return 1;
    }
    let Some(want) = want.map(|w| expected(w, n)) else {
        print!("{}", out.stdout);
        println!("ok {}", elapsed.as_secs_f64());
        return 0;
    };
    if out.stdout != want {
        println!("error: printed {:?}, expected {want:?}", out.stdout);
        return 1;
    }
    println!("ok {}", elapsed.as_secs_f64());
    0
}

/// In the parent: one scenario at one size in a child process, stopped after `limit`.
fn measure(name: &str, n: usize, limit: Duration) -> Result<f64, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut process = Command::new(exe)
        .env("ORM_SCALE_CHILD", format!("{name}:{n}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(_status) = process.try_wait().map_err(|e| e.to_string())? {
            break;
        }
        if start.elapsed() > limit {
            let _ = process.kill();
            let _ = process.wait();
            return Err(format!("> {:.0} s", limit.as_secs_f64()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut text = String::new();
    if let Some(mut out) = process.stdout.take() {
        use std::io::Read;
        let _ = out.read_to_string(&mut text);
    }
    let line = text.lines().last().unwrap_or("error: no output").to_string();
    match line.strip_prefix("ok ") {
        Some(secs) => secs.parse::<f64>().map_err(|e| e.to_string()),
        None => Err(line),
    }
}

fn main() {
    if let Ok(spec) = std::env::var("ORM_SCALE_CHILD") {
        std::process::exit(child(&spec));
    }
    let mut sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1_000, 10_000, 100_000];
    }
    let limit = Duration::from_secs(std::env::var("ORM_SCALE_LIMIT").ok().and_then(|s| s.parse().ok()).unwrap_or(30));
    print!("{:<13}", "scenario");
    for n in &sizes {
        print!(" {:>26}", format!("N = {n}"));
    }
    println!();
    for (name, what, _, _) in SCENARIOS {
        print!("{name:<13}");
        let mut base: Option<(usize, f64)> = None;
        let mut stopped = false;
        for &n in &sizes {
            let cell = if stopped {
                "skipped".to_string()
            } else {
                match measure(name, n, limit) {
                    Ok(secs) => {
                        let (n0, t0) = *base.get_or_insert((n, secs));
                        let ratio = secs / t0;
                        let linear = n as f64 / n0 as f64;
                        format!("{:.3}s ×{ratio:.1} (lin ×{linear:.0})", secs)
                    }
                    Err(e) => {
                        stopped = true;
                        e
                    }
                }
            };
            print!(" {cell:>26}");
            use std::io::Write;
            let _ = std::io::stdout().flush();
        }
        println!("   {what}");
    }
}
