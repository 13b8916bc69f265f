//! Standard-library modules written in Python and run by the evaluator itself on first import.
//!
//! Much of the standard library people use (`contextlib`, `functools`, `itertools`, `dataclasses`, …)
//! is plain Python in CPython too; implementing it the same way keeps the behaviour (laziness,
//! generator-based context managers, attribute and descriptor rules) identical to what user code
//! written in the same style gets, and each module costs only its compressed source in the page. The
//! sources live in `modules/py/`; a module may import native helpers from `_ormplay` (see
//! [`super::native_helpers`]).

use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Interp, PyResult};
use std::rc::Rc;

/// The Python-source modules: name and source text.
pub(super) const SOURCES: &[(&str, &str)] = &[
    ("contextlib", include_str!("py/contextlib.py")),
    ("functools", include_str!("py/functools.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("operator", include_str!("py/operator.py")),
    ("string", include_str!("py/string.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("copy", include_str!("py/copy.py")),
    ("abc", include_str!("py/abc.py")),
    ("enum", include_str!("py/enum.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("collections", include_str!("py/collections.py")),
    ("collections.abc", include_str!("py/collections_abc.py")),
    ("json", include_str!("py/json.py")),
    ("random", include_str!("py/random.py")),
    ("sys", include_str!("py/sys.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("uuid", include_str!("py/uuid.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("decimal", include_str!("py/decimal.py")),
    ("io", include_str!("py/io.py")),
    ("_typing_namedtuple", include_str!("py/_typing_namedtuple.py")),
    ("_re_flags", include_str!("py/_re_flags.py")),
    ("_exceptiongroup", include_str!("py/_exceptiongroup.py")),
    ("inspect", include_str!("py/inspect.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("keyword", include_str!("py/keyword.py")),
    ("numbers", include_str!("py/numbers.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("calendar", include_str!("py/calendar.py")),
    ("time", include_str!("py/time.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("os", include_str!("py/os.py")),
    ("_complex", include_str!("py/_complex.py")),
    ("cmath", include_str!("py/cmath.py")),
    ("_datetime_more", include_str!("py/_datetime_more.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("logging", include_str!("py/logging.py")),
    ("types", include_str!("py/types.py")),
    ("queue", include_str!("py/queue.py")),
    // SQLAlchemy's pure-Python extensions, kept with the ORM runtime they extend.
    ("sqlalchemy.sql.operators", include_str!("../../orm/py/operators.py")),
    ("sqlalchemy.ext.hybrid", include_str!("../../orm/py/hybrid.py")),
    ("sqlalchemy.ext.associationproxy", include_str!("../../orm/py/associationproxy.py")),
    ("sqlalchemy.ext.mutable", include_str!("../../orm/py/mutable.py")),
    ("sqlalchemy.orm.scoping", include_str!("../../orm/py/scoping.py")),
    ("sqlalchemy.orm.decl_api", include_str!("../../orm/py/decl_api.py")),
    ("sqlalchemy.orm.dataclass_mapping", include_str!("../../orm/py/dataclass_mapping.py")),
    ("sqlalchemy.orm.writeonly", include_str!("../../orm/py/writeonly.py")),
    ("sqlalchemy.util", include_str!("../../orm/py/util.py")),
    ("sqlalchemy.orm.bundle", include_str!("../../orm/py/bundle.py")),
    ("sqlalchemy.orm.collections", include_str!("../../orm/py/collections.py")),
    ("sqlalchemy.ext.orderinglist", include_str!("../../orm/py/orderinglist.py")),
    ("sqlalchemy.orm.descriptor_props", include_str!("../../orm/py/descriptor_props.py")),
];

impl Interp {
    /// A Python-source module by name, loaded once and cached like an import, without importing its
    /// parent package: a native package (`sqlalchemy.orm`) takes names from its Python-source
    /// submodules while it is being built. The module must not import that package at top level.
    pub(crate) fn source_submodule(&mut self, name: &str) -> PyResult<Rc<Module>> {
        if let Some(Value::Module(m)) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let m = self.load_source_module(name)?;
        self.modules.insert(name.to_string(), Value::Module(m.clone()));
        Ok(m)
    }

    /// Parses and runs a Python-source module in a fresh namespace.
    pub(super) fn load_source_module(&mut self, name: &str) -> PyResult<Rc<Module>> {
        let Some((_, text)) = SOURCES.iter().find(|(n, _)| *n == name) else {
            return Err(self.error(ExcType::ModuleNotFoundError, format!("No module named '{name}'")));
        };
        let module = match crate::python::parse(text) {
            Ok(m) => m,
            Err(problems) => {
                let first = problems.first().map(|p| p.message.clone()).unwrap_or_default();
                return Err(self.error(ExcType::ImportError, format!("cannot load ormplay's {name} module: {first}")));
            }
        };
        let globals = Rc::new(Module::new(name));
        globals.set("__name__", Value::str(name));
        let file = self.add_file(&format!("<ormplay {name}>"), text);
        self.run_module(&module, &globals, file)?;
        Ok(globals)
    }
}
