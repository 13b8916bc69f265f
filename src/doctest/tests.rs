//! The doctest session: interactive display, the shared namespace without `__name__`, echo interleaved
//! with prints, and exceptions reported per example without stopping the run.

use super::*;

fn run(session: &mut Doctest, source: &str) -> Record {
    session.run_example("t.rst", 1, source)
}

#[test]
fn bare_expressions_display_their_repr_also_inside_blocks_but_not_in_functions() {
    let mut s = Doctest::new();
    assert_eq!(run(&mut s, "1 + 1\n").out, "2\n");
    assert_eq!(run(&mut s, "None\n").out, "");
    assert_eq!(run(&mut s, "for i in range(2):\n    i\n").out, "0\n1\n");
    assert_eq!(run(&mut s, "def f():\n    'not shown'\n    return 3\n").out, "");
    assert_eq!(run(&mut s, "f()\n").out, "3\n");
    assert_eq!(run(&mut s, "_ + 1\n").out, "4\n", "`_` holds the last displayed value");
    run(
        &mut s,
        "class Ctx:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\n",
    );
    assert_eq!(
        run(&mut s, "with Ctx() as c:\n    'in with'\n    if True:\n        'in if'\n").out,
        "'in with'\n'in if'\n"
    );
}

#[test]
fn classes_belong_to_builtins_and_the_namespace_is_shared() {
    let mut s = Doctest::new();
    assert_eq!(run(&mut s, "class User:\n    pass\n").out, "");
    assert_eq!(run(&mut s, "User\n").out, "<class 'User'>\n");
    let shown = run(&mut s, "User()\n").out;
    assert!(shown.starts_with("<User object at 0x") && shown.ends_with(">\n"), "{shown}");
    assert_eq!(run(&mut s, "print_function('via', 'print_function')\n").out, "via print_function\n");
    assert_eq!(run(&mut s, "__name__\n").out, "'builtins'\n", "no __name__ global: the builtins module's");
}

#[test]
fn an_exception_is_reported_and_the_next_example_runs() {
    let mut s = Doctest::new();
    let r = run(&mut s, "print('before')\n1 / 0\n");
    assert_eq!(r.out, "before\n");
    assert_eq!(r.exc, Some(Raised { class: "ZeroDivisionError".into(), msg: "division by zero".into() }));
    assert_eq!(run(&mut s, "x = 5\nx\n").out, "5\n");
}

#[test]
fn echo_is_interleaved_with_prints_as_it_is_logged() {
    let mut s = Doctest::new();
    run(&mut s, "from sqlalchemy import create_engine, text\n");
    run(&mut s, "engine = create_engine('sqlite+pysqlite:///:memory:', echo=True)\n");
    let r = run(
        &mut s,
        "with engine.connect() as conn:\n    print('start')\n    result = conn.execute(text(\"select 'hello world'\"))\n    print(result.all())\n",
    );
    let out = r.out.replace(|c: char| c.is_ascii_digit(), "9");
    assert_eq!(
        out,
        "start\nBEGIN (implicit)\nselect 'hello world'\n[generated in 9.99999s] ()\n[('hello world',)]\nROLLBACK\n"
    );
    let quiet = run(
        &mut s,
        "e2 = create_engine('sqlite://')\nwith e2.connect() as c:\n    c.execute(text('select 1')).all()\n",
    );
    assert_eq!(quiet.out, "[(1,)]\n", "an engine without echo logs nothing to stdout");
}
