//! Interpreters share nothing: two alive on one thread (the page keeps one while it starts the next run)
//! each have their own datetime classes and object identities. Each check below failed when that state
//! lived in a thread-local or a static.

#![allow(clippy::expect_used, clippy::panic)] // test helpers fail loudly

use ormplay::eval::Interp;
use ormplay::eval::value::Module;
use std::rc::Rc;

/// An interpreter with the ORM installed and an empty `__main__`.
fn start() -> (Interp, Rc<Module>) {
    let mut interp = Interp::new();
    ormplay::orm::install(&mut interp);
    let globals = Rc::new(Module::new("__main__"));
    globals.set("__name__", ormplay::eval::Value::str("__main__"));
    (interp, globals)
}

/// Runs `source` in the interpreter; returns what it printed this time.
fn exec(interp: &mut Interp, globals: &Rc<Module>, source: &str) -> String {
    let module = ormplay::python::parse(source).expect("the test program parses");
    let file = interp.add_file("main.py", source);
    if let Err(exc) = interp.run_module(&module, globals, file) {
        panic!("{}", interp.format_traceback(&exc));
    }
    std::mem::take(&mut interp.out)
}

const MODELS: &str = "\
from datetime import datetime
from sqlalchemy import Column, Integer, DateTime, create_engine
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class Event(Base):
    __tablename__ = 'events'
    id = Column(Integer, primary_key=True)
    when = Column(DateTime)
engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
session.add(Event(when=datetime(2024, 3, 1, 9, 30)))
session.commit()
session.close()
";

/// Rows loaded by the first interpreter are its own `datetime` objects, although a second interpreter
/// (with its own `datetime` class) was created in between.
#[test]
fn loaded_datetimes_belong_to_their_interpreter() {
    let (mut first, first_globals) = start();
    exec(&mut first, &first_globals, MODELS);
    let (mut second, second_globals) = start();
    exec(&mut second, &second_globals, MODELS);
    let check = "e = Session(engine).get(Event, 1)\nprint(isinstance(e.when, datetime), e.when.year, type(e.when) is datetime)\n";
    assert_eq!(exec(&mut first, &first_globals, check), "True 2024 True\n");
    assert_eq!(exec(&mut second, &second_globals, check), "True 2024 True\n");
}

/// Identities start afresh in every interpreter: the same program shows the same default reprs in
/// two interpreters alive together, however many objects the other one made.
#[test]
fn identities_belong_to_their_interpreter() {
    let program = "class Thing:\n    pass\nprint(repr(Thing()).split(' at ')[1], id(Thing) > 0)\n";
    let (mut first, first_globals) = start();
    let (mut second, second_globals) = start();
    let from_first = exec(&mut first, &first_globals, program);
    exec(&mut first, &first_globals, "junk = [object() for _ in range(50)]\n");
    let from_second = exec(&mut second, &second_globals, program);
    assert!(from_first.ends_with(" True\n"), "{from_first}");
    assert_eq!(from_first, from_second);
}
