//! Standard-library modules written in Python and run by the evaluator itself on first import.
//!
//! Much of the standard library people use (`contextlib`, `functools`, `itertools`, `dataclasses`, …)
//! is plain Python in CPython too; implementing it the same way keeps the behaviour (laziness,
//! generator-based context managers, attribute and descriptor rules) identical to what user code
//! written in the same style gets, and each module costs only its compressed source in the page. The
//! sources live in `modules/py/`; a module may import native helpers from `_ormplay` (see
//! [`super::native_helpers`]).
//!
//! Natively every source is compiled in. In the page's runtime (wasm32) none is: they are 0.6 MB of
//! text that most programs never import, so each ships as its own asset (`py/<module>.py`, written
//! from [`SOURCES`] by `scripts/py-sources.mjs`, compressed and cached by the service worker like the
//! rest) and is fetched on first import through the loader the worker installs
//! ([`set_source_loader`]). The worker's wasm is that much smaller to download and instantiate.

use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Interp, PyResult};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// How the page's runtime gets a source that is not compiled in (see the module header).
    static LOADER: Cell<Option<SourceLoader>> = const { Cell::new(None) };
    /// The sources fetched so far: each is fetched once, and kept for the thread's life like the
    /// compiled-in ones (the trees parsed from them refer to nothing in them, but their files do).
    static FETCHED: RefCell<HashMap<&'static str, &'static str>> = RefCell::default();
    /// The Python-source modules parsed so far on this thread. Every run imports them afresh (a new
    /// namespace, its own objects), but their text never changes and the tree is immutable, so each is
    /// parsed once: the page's runtime runs many programs, and parsing `sqlalchemy.orm`'s modules
    /// again was a twentieth of a run.
    static PARSED: RefCell<HashMap<&'static str, Rc<crate::ir::Module>>> = RefCell::default();
}

/// The parsed tree of the source module `name` (whose text is `text`), parsed on first use.
fn parsed(name: &'static str, text: &'static str) -> Result<Rc<crate::ir::Module>, Vec<crate::python::ParseProblem>> {
    if let Some(module) = PARSED.with(|p| p.borrow().get(name).cloned()) {
        return Ok(module);
    }
    let module = Rc::new(crate::python::parse(text)?);
    PARSED.with(|p| p.borrow_mut().insert(name, module.clone()));
    Ok(module)
}

/// Fetches the text of the source module named by its argument (`Err` says why it could not).
pub type SourceLoader = fn(&str) -> Result<String, String>;

/// Installs how sources that are not compiled in are fetched (the page's runtime does, at start-up).
pub fn set_source_loader(loader: SourceLoader) {
    LOADER.with(|l| l.set(Some(loader)));
}

/// The text of the source module `name`: compiled in, or fetched once through the loader.
fn source_text(name: &'static str, embedded: Option<&'static str>) -> Result<&'static str, String> {
    if let Some(text) = embedded.or_else(|| FETCHED.with(|f| f.borrow().get(name).copied())) {
        return Ok(text);
    }
    let Some(loader) = LOADER.with(Cell::get) else { return Err("its source is not in this build".to_string()) };
    let text: &'static str = Box::leak(loader(name)?.into_boxed_str());
    FETCHED.with(|f| f.borrow_mut().insert(name, text));
    Ok(text)
}

/// The list below, each source compiled in (natively) or left to fetch (wasm32): the entries keep the
/// plain `("name", include_str!("path"))` shape, which `scripts/py-sources.mjs` reads to write the
/// page's assets, so a new module needs only its line here (an empty package such as `urllib`, the
/// parent of `urllib.parse`, is an empty file like CPython's `__init__.py`).
macro_rules! sources {
    ($(($name:literal, include_str!($path:literal))),* $(,)?) => {
        &[$(($name, embedded!($path))),*]
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! embedded {
    ($path:literal) => {
        Some(include_str!($path))
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! embedded {
    ($path:literal) => {
        None
    };
}

/// The Python-source modules: name and source text (`None`: fetched on first import, see above).
pub(super) const SOURCES: &[(&str, Option<&str>)] = sources![
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
    ("hashlib", include_str!("py/hashlib.py")),
    ("hmac", include_str!("py/hmac.py")),
    ("binascii", include_str!("py/binascii.py")),
    ("base64", include_str!("py/base64.py")),
    ("struct", include_str!("py/struct.py")),
    ("csv", include_str!("py/csv.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("asyncio", include_str!("py/asyncio.py")),
    ("logging", include_str!("py/logging.py")),
    ("types", include_str!("py/types.py")),
    ("queue", include_str!("py/queue.py")),
    ("secrets", include_str!("py/secrets.py")),
    ("difflib", include_str!("py/difflib.py")),
    ("argparse", include_str!("py/argparse.py")),
    ("configparser", include_str!("py/configparser.py")),
    ("unittest", include_str!("py/unittest.py")),
    ("html", include_str!("py/html.py")),
    ("html.entities", include_str!("py/html_entities.py")),
    ("fnmatch", include_str!("py/fnmatch.py")),
    ("graphlib", include_str!("py/graphlib.py")),
    ("urllib", include_str!("py/urllib.py")),
    ("urllib.parse", include_str!("py/urllib_parse.py")),
    ("tomllib", include_str!("py/tomllib.py")),
    ("threading", include_str!("py/threading.py")),
    ("concurrent", include_str!("py/concurrent.py")),
    ("concurrent.futures", include_str!("py/concurrent_futures.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    ("unicodedata", include_str!("py/unicodedata.py")),
    ("_unicodedata_db", include_str!("py/_unicodedata_db.py")),
    ("_unicodedata_names", include_str!("py/_unicodedata_names.py")),
    ("zoneinfo", include_str!("py/zoneinfo.py")),
    ("codecs", include_str!("py/codecs.py")),
    ("sqlite3", include_str!("py/sqlite3.py")),
    ("contextvars", include_str!("py/contextvars.py")),
    ("_memoryview", include_str!("py/_memoryview.py")),
    // SQLAlchemy's pure-Python extensions, kept with the ORM runtime they extend.
    ("sqlalchemy.sql.operators", include_str!("../../orm/py/operators.py")),
    ("sqlalchemy.ext.hybrid", include_str!("../../orm/py/hybrid.py")),
    ("sqlalchemy.ext._associationproxy_collections", include_str!("../../orm/py/associationproxy_collections.py")),
    ("sqlalchemy.ext.associationproxy", include_str!("../../orm/py/associationproxy.py")),
    ("sqlalchemy.ext.indexable", include_str!("../../orm/py/indexable.py")),
    ("sqlalchemy.ext.mutable", include_str!("../../orm/py/mutable.py")),
    ("sqlalchemy.orm.scoping", include_str!("../../orm/py/scoping.py")),
    ("sqlalchemy.orm.decl_api", include_str!("../../orm/py/decl_api.py")),
    ("sqlalchemy.orm.dataclass_mapping", include_str!("../../orm/py/dataclass_mapping.py")),
    ("sqlalchemy.orm.writeonly", include_str!("../../orm/py/writeonly.py")),
    ("sqlalchemy.util", include_str!("../../orm/py/util.py")),
    ("sqlalchemy.pool", include_str!("../../orm/py/pool.py")),
    ("sqlalchemy.engine.url", include_str!("../../orm/py/url.py")),
    ("sqlalchemy.sql.functions", include_str!("../../orm/py/functions.py")),
    ("sqlalchemy.exc._warnings", include_str!("../../orm/py/exc_warnings.py")),
    ("sqlalchemy.orm.bundle", include_str!("../../orm/py/bundle.py")),
    ("sqlalchemy.orm.collections", include_str!("../../orm/py/collections.py")),
    ("sqlalchemy.orm.base", include_str!("../../orm/py/base.py")),
    ("sqlalchemy.ext.orderinglist", include_str!("../../orm/py/orderinglist.py")),
    ("sqlalchemy.orm.descriptor_props", include_str!("../../orm/py/descriptor_props.py")),
    ("sqlalchemy.orm.util", include_str!("../../orm/py/orm_util.py")),
    ("sqlalchemy.ext.declarative.extensions", include_str!("../../orm/py/concrete.py")),
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
        let Some(&(name, embedded)) = SOURCES.iter().find(|(n, _)| *n == name) else {
            return Err(self.error(ExcType::ModuleNotFoundError, format!("No module named '{name}'")));
        };
        let text = match source_text(name, embedded) {
            Ok(text) => text,
            Err(why) => {
                return Err(self.error(ExcType::ImportError, format!("cannot load ormplay's {name} module: {why}")));
            }
        };
        let module = match parsed(name, text) {
            Ok(m) => m,
            Err(problems) => {
                let first = problems.first().map(|p| p.message.clone()).unwrap_or_default();
                return Err(self.error(ExcType::ImportError, format!("cannot load ormplay's {name} module: {first}")));
            }
        };
        let globals = Rc::new(Module::new(name));
        globals.set("__name__", Value::str(name));
        let file = self.add_file(&format!("<ormplay {name}>"), text);
        // Registered before its body runs, as CPython's `sys.modules` entry is: a submodule the body
        // imports (`html` imports `html.entities`) finds its package instead of loading it again.
        // A module whose body fails is not left behind.
        let registered = !self.modules.contains_key(name);
        if registered {
            self.modules.insert(name.to_string(), Value::Module(globals.clone()));
        }
        if let Err(e) = self.run_module(&module, &globals, file) {
            if registered {
                self.modules.remove(name);
            }
            return Err(e);
        }
        Ok(globals)
    }
}

#[cfg(test)]
mod tests {
    use super::parsed;
    use std::rc::Rc;

    /// A source module is parsed once per thread: later imports (other runs) get the same tree.
    #[test]
    fn source_modules_are_parsed_once() {
        let text = super::SOURCES.iter().find(|(n, _)| *n == "textwrap").and_then(|(_, t)| *t).unwrap_or_default();
        let (Ok(first), Ok(again)) = (parsed("textwrap", text), parsed("textwrap", text)) else {
            panic!("textwrap parses")
        };
        assert!(Rc::ptr_eq(&first, &again));
    }

    /// Sharing the tree shares nothing else: each run imports the module into a namespace of its own.
    #[test]
    fn each_run_imports_a_fresh_module() {
        let first = crate::run::run("", "import textwrap\ntextwrap.mark = 1\nprint(textwrap.mark)\n");
        let second = crate::run::run("", "import textwrap\nprint(hasattr(textwrap, 'mark'), textwrap.dedent('  a'))\n");
        assert_eq!((first.stdout.as_str(), second.stdout.as_str()), ("1\n", "False a\n"));
    }
}
