//! Native tests of the run timeline over the lessons.

use super::*;
