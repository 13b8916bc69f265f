//! Tests for [`super`]: hand-picked CPython behaviours, the CPython-recorded table ([`table`]) and a
//! never-panic property test ([`props`]).

mod examples;
mod props;
mod table;
