//! Test support for the ORM's unit tests: runs a small models + script program through the evaluator
//! and returns what it printed, the exception it ended with, and the SQL it sent, so that each test
//! can assert the behaviour SQLAlchemy has (outputs and statement order as SQLAlchemy 2.1.9 gives
//! them for the same program).

use crate::eval::Interp;
use crate::eval::value::Instance;
use crate::orm::LogKind;
use crate::run::run;
use std::cell::RefCell;
use std::rc::Rc;

/// A plain object of a class of its own (for tests of the maps and sets keyed by object identity).
pub fn plain_instance(interp: &mut Interp) -> Rc<Instance> {
    let class = crate::orm::native::native_class(interp, "Thing", "tests", &[]);
    Rc::new(Instance {
        class,
        dict: RefCell::new(crate::eval::value::Namespace::default()),
        native: RefCell::new(None),
        id: interp.next_id(),
    })
}

/// What a program did.
pub struct Ran {
    pub stdout: String,
    /// The uncaught exception's class, if any.
    pub error: Option<String>,
    /// Every statement sent, in order, as the database received it without identifier quotes
    /// (BEGIN/COMMIT/ROLLBACK and DDL left out).
    pub sql: Vec<String>,
    /// Each statement's parameters, as the log shows them.
    pub params: Vec<String>,
    /// Every log entry's text in order, transaction control (`BEGIN (implicit)`, `COMMIT`, ...) included.
    pub log: Vec<String>,
}

impl Ran {
    /// The statements starting with `prefix` (e.g. `"INSERT INTO node"`).
    pub fn statements(&self, prefix: &str) -> Vec<&str> {
        self.sql.iter().filter(|s| s.starts_with(prefix)).map(String::as_str).collect()
    }

    /// The parameters of the statements starting with `prefix`, in order.
    pub fn params_of(&self, prefix: &str) -> Vec<&str> {
        self.sql.iter().zip(&self.params).filter(|(s, _)| s.starts_with(prefix)).map(|(_, p)| p.as_str()).collect()
    }

    /// Where the first statement starting with `prefix` is in the log.
    pub fn first(&self, prefix: &str) -> Option<usize> {
        self.sql.iter().position(|s| s.starts_with(prefix))
    }

    /// Where the last statement starting with `prefix` is in the log.
    pub fn last(&self, prefix: &str) -> Option<usize> {
        self.sql.iter().rposition(|s| s.starts_with(prefix))
    }
}

/// The usual imports and `Base`, then `classes`, then an engine, the tables and `session`.
pub fn program(classes: &str) -> String {
    format!(
        "from sqlalchemy import *\nfrom sqlalchemy.orm import *\nBase = declarative_base()\n{classes}\n\
         engine = create_engine('sqlite://')\nBase.metadata.create_all(engine)\nsession = Session(engine)\n"
    )
}

/// Runs `classes` (see [`program`]) and `script` on a thread with `stack` bytes of stack.
pub fn run_on(stack: usize, classes: &str, script: &str) -> Ran {
    let (models, script) = (program(classes), script.to_string());
    let handle = std::thread::Builder::new().stack_size(stack).spawn(move || run(&models, &script));
    let out = handle.expect("test thread").join().expect("the run panicked");
    let (sql, params) = out
        .sql_log
        .iter()
        .filter_map(|e| match &e.kind {
            // Without the identifier quotes the database receives: `INSERT INTO child (name) ...`.
            LogKind::Statement { params, .. } => Some((e.sql.trim().replace('"', ""), format!("{params:?}"))),
            _ => None,
        })
        .filter(|(s, _)| !s.starts_with("PRAGMA") && !s.starts_with("CREATE"))
        .unzip();
    let log = out.sql_log.iter().map(|e| e.sql.trim().to_string()).collect();
    Ran { stdout: out.stdout, error: out.error.map(|e| e.class), sql, params, log }
}

/// [`run_on`] with a roomy stack (the evaluator's own limits apply inside).
pub fn run_program(classes: &str, script: &str) -> Ran {
    run_on(64 << 20, classes, script)
}

/// A parent with children (delete-orphan cascade) and a back-reference.
pub const PARENT_CHILD: &str = "
class Parent(Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship('Child', back_populates='parent', cascade='all, delete-orphan')

class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('parent.id'))
    parent = relationship('Parent', back_populates='children')
";

/// A self-referential tree whose children are deleted with (or without) their parent.
pub const NODE: &str = "
class Node(Base):
    __tablename__ = 'node'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('node.id'))
    children = relationship('Node', cascade='all, delete-orphan', backref=backref('parent', remote_side=[id]))
";

/// Students and courses, linked through an association table from both sides.
pub const STUDENT_COURSE: &str = "
enrolment = Table('enrolment', Base.metadata,
    Column('student_id', ForeignKey('student.id'), primary_key=True),
    Column('course_id', ForeignKey('course.id'), primary_key=True))

class Student(Base):
    __tablename__ = 'student'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    courses = relationship('Course', secondary=enrolment, back_populates='students')

class Course(Base):
    __tablename__ = 'course'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    students = relationship('Student', secondary=enrolment, back_populates='courses')
";
