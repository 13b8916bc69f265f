//! Tracebacks: file, line, function and source line of each frame, innermost last, as CPython prints
//! them (without 3.11's `^^^` markers), and the located line of the failure.

use super::outcome_with;
use crate::eval::Limits;

#[test]
fn a_nested_failure_lists_every_frame() {
    let source = "def f(x):\n    return 1 / x\n\nclass A:\n    def go(self):\n        return f(0)\n\nA().go()\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(failure.class, "ZeroDivisionError");
    assert_eq!(failure.message, "division by zero");
    assert_eq!(failure.line, Some(2));
    assert_eq!(
        failure.traceback,
        "Traceback (most recent call last):\n  File \"main.py\", line 8, in <module>\n    A().go()\n  File \"main.py\", line 6, in go\n    return f(0)\n  File \"main.py\", line 2, in f\n    return 1 / x\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn the_failing_line_inside_a_block_is_reported() {
    let source = "items = [1, 2]\nfor i in range(3):\n    if i > 1:\n        print(items[i])\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(failure.line, Some(4));
    assert!(
        failure.traceback.ends_with("    print(items[i])\nIndexError: list index out of range\n"),
        "{}",
        failure.traceback
    );
}

#[test]
fn user_exception_messages_and_keyerror_repr() {
    let failure = outcome_with("raise ValueError('negative balance')\n", Limits::default()).error.expect("fails");
    assert_eq!(failure.traceback.lines().last(), Some("ValueError: negative balance"));
    let failure = outcome_with("d = {}\nd['id']\n", Limits::default()).error.expect("fails");
    assert_eq!(failure.traceback.lines().last(), Some("KeyError: 'id'"));
    assert_eq!(failure.line, Some(2));
}

#[test]
fn syntax_errors_and_unsupported_constructs_are_located() {
    let failure = outcome_with("x = 1\ny = (2 +\n", Limits::default()).error.expect("fails");
    assert_eq!(failure.class, "SyntaxError");
    let failure = outcome_with("x = 1\nclass C(*bases):\n    pass\n", Limits::default()).error.expect("fails");
    assert_eq!(failure.class, "NotImplementedError");
    assert_eq!(failure.line, Some(2));
    assert!(failure.message.starts_with("not supported in ormplay: starred base classes"), "{}", failure.message);
    assert!(failure.traceback.contains("File \"main.py\", line 2\n    class C(*bases):\n"), "{}", failure.traceback);
}

/// A library piece the playground cannot provide says so by name, at the user's line.
#[test]
fn unsupported_library_pieces_are_named_where_used() {
    let source = "import sys\nitems = [1, 2]\nsize = sys.getsizeof(items)\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(failure.class, "NotImplementedError");
    assert!(failure.message.starts_with("not supported in ormplay: sys.getsizeof"), "{}", failure.message);
    assert!(failure.traceback.contains("File \"main.py\", line 3, in <module>"), "{}", failure.traceback);
}

#[test]
fn chained_exceptions_print_the_whole_chain() {
    let source = "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(
        failure.traceback,
        "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    {}['k']\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    raise ValueError('bad') from e\nValueError: bad\n"
    );
    let source = "def f():\n    try:\n        {}['k']\n    except KeyError:\n        raise\ntry:\n    f()\nexcept KeyError:\n    x = 1 / 0\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert!(failure.traceback.contains("line 3, in f\n    {}['k']\nKeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n"), "{}", failure.traceback);
    assert_eq!(failure.line, Some(9));
    // `from None` hides the context.
    let source = "try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('clean') from None\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(failure.traceback.matches("Traceback").count(), 1);
}

#[test]
fn a_bare_raise_keeps_the_original_location() {
    let source = "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise\n";
    let failure = outcome_with(source, Limits::default()).error.expect("fails");
    assert_eq!(failure.line, Some(2));
    assert!(failure.traceback.contains("line 2, in <module>\n    1 / 0\n"), "{}", failure.traceback);
}
