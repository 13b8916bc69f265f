//! Unit-of-work and session rules that SQLAlchemy follows and the conformance cases rely on, each
//! checked on a small program (expected outputs recorded from SQLAlchemy 2.1.9).

use ormplay::run::run;

const HEAD: &str = "from sqlalchemy import *\nfrom sqlalchemy.orm import *\nBase = declarative_base()\n";
const TAIL: &str = "engine = create_engine('sqlite://')\nBase.metadata.create_all(engine)\nsession = Session(engine)\n";

/// Runs `models` (classes only) and `script`; returns stdout and the uncaught exception's class.
fn exec(models: &str, script: &str) -> (String, Option<String>) {
    let out = run(&format!("{HEAD}{models}{TAIL}"), script);
    (out.stdout, out.error.map(|e| e.class))
}

const PEOPLE: &str = "
class Person(Base):
    __tablename__ = 'persons'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    mother_id = Column(Integer, ForeignKey('persons.id'))
    father_id = Column(Integer, ForeignKey('persons.id'))
    mother = relationship('Person', foreign_keys=[mother_id], remote_side=[id])
    father = relationship('Person', foreign_keys=[father_id], remote_side=[id])
";

/// Self-referential rows go in level by level; a row's level counts its deepest pending parent.
#[test]
fn self_referential_levels_follow_deepest_parent() {
    let script = "gran = Person(name='Gran')\nmum = Person(name='Mum', mother=gran)\ndad = Person(name='Dad')\n\
                  kid = Person(name='Kid', mother=mum, father=dad)\nsession.add(kid)\nsession.commit()\n\
                  print([(p.id, p.name) for p in session.query(Person).order_by(Person.id)])\n";
    let (stdout, error) = exec(PEOPLE, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "[(1, 'Gran'), (2, 'Dad'), (3, 'Mum'), (4, 'Kid')]\n");
}

const CLINICS: &str = "
link = Table('link', Base.metadata, Column('doctor_id', ForeignKey('doctors.id'), primary_key=True),
             Column('clinic_id', ForeignKey('clinics.id'), primary_key=True))
class Doctor(Base):
    __tablename__ = 'doctors'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    clinics = relationship('Clinic', secondary=link, back_populates='doctors')
class Clinic(Base):
    __tablename__ = 'clinics'
    id = Column(Integer, primary_key=True)
    town = Column(String)
    doctors = relationship('Doctor', secondary=link, back_populates='clinics')
";

/// Primary keys follow SQLAlchemy's cascade walk: a relationship's members are all claimed before the
/// first is descended into, so `south` (claimed with `north`) comes after what `north` reaches.
#[test]
fn primary_keys_follow_the_cascade_walk() {
    let script = "n, s, e = Clinic(town='N'), Clinic(town='S'), Clinic(town='E')\n\
                  a = Doctor(name='a', clinics=[n, s])\nb = Doctor(name='b', clinics=[s, e])\nc = Doctor(name='c', clinics=[n, s, e])\n\
                  session.add_all([a, b, c])\nsession.commit()\n\
                  print([(x.id, x.town) for x in session.query(Clinic).order_by(Clinic.id)])\n\
                  print([(x.id, x.name) for x in session.query(Doctor).order_by(Doctor.id)])\n";
    let (stdout, error) = exec(CLINICS, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "[(1, 'N'), (2, 'E'), (3, 'S')]\n[(1, 'a'), (2, 'c'), (3, 'b')]\n");
}

/// Collections change like identity sets: appending a member already loaded there inserts no row.
#[test]
fn reappending_a_present_member_adds_no_row() {
    let script = "n = Clinic(town='N')\na = Doctor(name='a', clinics=[n])\nsession.add(a)\nsession.commit()\n\
                  print([d.name for d in n.doctors])\na.clinics.append(n)\nsession.commit()\n\
                  print(session.query(link).count())\n";
    let (stdout, error) = exec(CLINICS, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "['a']\n1\n");
}

const NOTES: &str = "
class Note(Base):
    __tablename__ = 'notes'
    id = Column(Integer, primary_key=True)
    tag = Column(String)
    day = Column(Integer)
    __table_args__ = (UniqueConstraint('tag', 'day'),)
";

/// `NULL OR TRUE` is true in SQL; NOT over an OR keeps NULLs out (SQLite's three-valued logic).
#[test]
fn or_and_not_follow_sql_null_logic() {
    let script = "session.add_all([Note(tag='a', day=1), Note(tag=None, day=2), Note(tag='b', day=3)])\nsession.commit()\n\
                  q = session.query(Note.day)\n\
                  print(q.filter(or_(Note.tag == 'a', Note.tag == None)).order_by(Note.day).all())\n\
                  print(q.filter(not_(or_(Note.tag == 'a', Note.day > 2))).all())\n\
                  print(q.filter(Note.tag.notlike('a%')).all())\n";
    let (stdout, error) = exec(NOTES, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "[(1,), (2,)]\n[]\n[(3,)]\n");
}

/// A multi-column UniqueConstraint is enforced at flush; a NULL in it never clashes.
#[test]
fn composite_unique_constraint_raises_integrity_error() {
    let script = "session.add_all([Note(tag='a', day=1), Note(tag=None, day=1), Note(tag=None, day=1)])\nsession.commit()\n\
                  print('nulls ok')\nsession.add(Note(tag='a', day=1))\nsession.commit()\n";
    let (stdout, error) = exec(NOTES, script);
    assert_eq!(stdout, "nulls ok\n");
    assert_eq!(error.as_deref(), Some("IntegrityError"));
}

/// `session.begin()` after a query autobegan the session's transaction is refused.
#[test]
fn begin_inside_an_autobegun_transaction_raises() {
    let script = "session.add(Note(tag='x', day=1))\nsession.commit()\nsession.query(Note).all()\nwith session.begin():\n    pass\n";
    let (_, error) = exec(NOTES, script);
    assert_eq!(error.as_deref(), Some("InvalidRequestError"));
}

/// After the flush that deletes it, an object is no longer in the session nor in `session.deleted`.
#[test]
fn flushed_delete_leaves_the_session() {
    let script = "n = Note(tag='x', day=1)\nsession.add(n)\nsession.commit()\nsession.delete(n)\n\
                  print(n in session, len(session.deleted))\nsession.flush()\nprint(n in session, len(session.deleted))\n";
    let (stdout, error) = exec(NOTES, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "True 1\nFalse 0\n");
}

const FOLDERS: &str = "
class Folder(Base):
    __tablename__ = 'folders'
    id = Column(Integer, primary_key=True)
    files = relationship('File', cascade='all, delete-orphan', passive_deletes=True)
class File(Base):
    __tablename__ = 'files'
    id = Column(Integer, primary_key=True)
    folder_id = Column(Integer, ForeignKey('folders.id', ondelete='CASCADE'))
";

/// passive_deletes: a collection never loaded is left to the database, and SQLite (no PRAGMA
/// foreign_keys) keeps the rows; a loaded one is deleted by the ORM.
#[test]
fn passive_deletes_leave_unloaded_children() {
    let script = "a = Folder(files=[File()])\nb = Folder(files=[File()])\nsession.add_all([a, b])\nsession.commit()\n\
                  len(a.files)\nsession.delete(a)\nsession.delete(b)\nsession.commit()\n\
                  print([f.folder_id for f in session.query(File)])\n";
    let (stdout, error) = exec(FOLDERS, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "[2]\n");
}

/// Model instances without `__eq__` compare by identity (the evaluator once recursed forever here).
#[test]
fn model_instances_compare_by_identity() {
    let script = "a, b = Note(tag='a', day=1), Note(tag='b', day=2)\nsession.add_all([a, b])\nsession.commit()\n\
                  print(a == a, a == b, a != b, session.get(Note, 1) == a, a in [b, a])\n";
    let (stdout, error) = exec(NOTES, script);
    assert_eq!(error, None);
    assert_eq!(stdout, "True False True True True\n");
}
