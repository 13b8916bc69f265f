//! Event order on a parent with two children, as SQLAlchemy 2.1.9 printed it: a mapper's
//! `before_insert` listeners run for all its objects before its INSERTs and `after_insert` after
//! them (one mapper at a time, parents first); `after_flush` still sees the flushed objects as new;
//! a `set` listener with `retval=True` replaces the value stored.

use crate::orm::testing::{PARENT_CHILD, run_program};

#[test]
fn mapper_and_session_events_fire_in_sqlalchemys_order() {
    let script = "log = lambda e: lambda m, c, t: print(e, type(t).__name__, t.name, t.id)\n\
                  for e in ['before_insert', 'after_insert']:\n\
                  \x20   event.listen(Parent, e, log(e)); event.listen(Child, e, log(e))\n\
                  event.listen(Child.name, 'set', lambda t, v, o, i: v.upper(), retval=True)\n\
                  event.listen(Session, 'after_flush', lambda s, c: print('after_flush', len(s.new)))\n\
                  event.listen(Session, 'after_commit', lambda s: print('after_commit'))\n\
                  session.add(Parent(name='p', children=[Child(name='a'), Child(name='b')]))\n\
                  session.commit()\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(
        ran.stdout,
        "before_insert Parent p None\nafter_insert Parent p 1\nbefore_insert Child A None\n\
         before_insert Child B None\nafter_insert Child A 1\nafter_insert Child B 2\nafter_flush 3\nafter_commit\n"
    );
}

/// An unknown event name is refused when the listener is registered.
#[test]
fn an_unknown_event_name_is_an_invalid_request() {
    let ran = run_program(PARENT_CHILD, "event.listen(Child, 'before_insertt', print)\n");
    assert_eq!(ran.error.as_deref(), Some("InvalidRequestError"));
}
