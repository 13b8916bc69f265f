//! Native tests of the SQL compiler against text recorded from SQLAlchemy 2.1.9.

mod exprs;
