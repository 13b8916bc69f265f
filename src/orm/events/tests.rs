//! Event order on a parent with two children, as SQLAlchemy 2.1.9 printed it: a mapper's
//! `before_insert` listeners run for all its objects before its INSERTs and `after_insert` after
//! them (one mapper at a time, parents first); `after_flush` still sees the flushed objects as new;
//! a `set` listener with `retval=True` replaces the value stored.

use crate::orm::testing::{PARENT_CHILD, run_program};

// The event-order case is conformance case 300 (mapper, attribute and session events).

/// An unknown event name is refused when the listener is registered.
#[test]
fn an_unknown_event_name_is_an_invalid_request() {
    let ran = run_program(PARENT_CHILD, "event.listen(Child, 'before_insertt', print)\n");
    assert_eq!(ran.error.as_deref(), Some("InvalidRequestError"));
}
