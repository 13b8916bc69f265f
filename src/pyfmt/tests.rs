//! Tests for [`super`]: hand-picked CPython behaviours ([`examples`]), the CPython-recorded table
//! ([`table`]: `testdata.txt`, regenerate with `python3.11 src/pyfmt/testdata.py > src/pyfmt/testdata.txt`)
//! and never-panic property tests ([`props`]).

mod examples;
mod props;
mod table;
