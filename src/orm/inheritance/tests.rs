//! The statement text of inheritance mappings, as SQLAlchemy 2.1.9 echoed it for the same programs:
//! `ConcreteBase`'s `pjoin` polymorphic union, a `polymorphic_on=case(...)` discriminator, and the
//! joined-table bulk INSERT with `returning(Manager)`.

use crate::orm::LogKind;
use crate::run::run;

/// The statements a program sent (PRAGMAs and DDL left out), as the echo shows them.
fn statements(models: &str, script: &str) -> Vec<String> {
    let out = run(models, script);
    assert!(out.error.is_none(), "{:?}", out.error.map(|e| e.traceback));
    out.sql_log
        .iter()
        .filter(|e| matches!(e.kind, LogKind::Statement { .. }))
        .filter(|e| !e.sql.starts_with("PRAGMA") && !e.sql.trim_start().starts_with("CREATE"))
        .map(|e| e.sql.clone())
        .collect()
}

const CONCRETE: &str = "
from sqlalchemy import *
from sqlalchemy.orm import *
from sqlalchemy.ext.declarative import ConcreteBase
class Base(DeclarativeBase): pass
class Employee(ConcreteBase, Base):
    __tablename__ = 'employee'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    __mapper_args__ = {'polymorphic_identity': 'employee', 'concrete': True}
class Manager(Employee):
    __tablename__ = 'manager'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    manager_data: Mapped[str] = mapped_column(String(40))
    __mapper_args__ = {'polymorphic_identity': 'manager', 'concrete': True}
engine = create_engine('sqlite://', echo=True)
Base.metadata.create_all(engine)
";

#[test]
fn concrete_base_selects_read_the_pjoin_union() {
    let sql = statements(
        CONCRETE,
        "s = Session(engine)\n\
         s.add_all([Employee(name='e'), Manager(name='m', manager_data='d')])\n\
         s.commit()\n\
         rows = s.scalars(select(Employee).where(Employee.name != 'x').order_by(Employee.name)).all()\n\
         assert [type(r).__name__ for r in rows] == ['Employee', 'Manager'], rows\n\
         assert rows[1].manager_data == 'd'\n\
         s.scalars(select(Manager)).all()\n",
    );
    let selects: Vec<&String> = sql.iter().filter(|s| s.starts_with("SELECT")).collect();
    assert_eq!(
        selects[0],
        "SELECT pjoin.id, pjoin.name, pjoin.type, pjoin.manager_data \n\
         FROM (SELECT employee.id AS id, employee.name AS name, CAST(NULL AS VARCHAR(40)) AS manager_data, 'employee' AS type \n\
         FROM employee UNION ALL SELECT manager.id AS id, manager.name AS name, manager.manager_data AS manager_data, 'manager' AS type \n\
         FROM manager) AS pjoin \n\
         WHERE pjoin.name != ? ORDER BY pjoin.name"
    );
    assert_eq!(
        selects[1],
        "SELECT pjoin.id, pjoin.name, pjoin.manager_data, pjoin.type \n\
         FROM (SELECT manager.id AS id, manager.name AS name, manager.manager_data AS manager_data, 'manager' AS type \n\
         FROM manager) AS pjoin"
    );
}

#[test]
fn polymorphic_on_case_is_selected_and_limits_subclasses() {
    let models = "
from sqlalchemy import *
from sqlalchemy.orm import *
class Base(DeclarativeBase): pass
class Employee(Base):
    __tablename__ = 'employee'
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column()
    __mapper_args__ = {
        'polymorphic_on': case((type == 'EMGR', 'manager'), else_='employee'),
        'polymorphic_identity': 'employee',
    }
class Manager(Employee):
    __mapper_args__ = {'polymorphic_identity': 'manager'}
engine = create_engine('sqlite://', echo=True)
Base.metadata.create_all(engine)
";
    let sql = statements(
        models,
        "s = Session(engine)\n\
         s.add_all([Employee(type='X'), Manager(type='EMGR')])\n\
         s.commit()\n\
         s.expunge_all()\n\
         assert [type(e).__name__ for e in s.scalars(select(Employee))] == ['Employee', 'Manager']\n\
         assert len(s.scalars(select(Manager)).all()) == 1\n",
    );
    let selects: Vec<&String> = sql.iter().filter(|s| s.starts_with("SELECT")).collect();
    let case = "CASE WHEN (employee.type = ?) THEN ? ELSE ? END";
    assert_eq!(*selects[0], format!("SELECT employee.id, employee.type, {case} AS _sa_polymorphic_on \nFROM employee"));
    assert_eq!(
        *selects[1],
        format!(
            "SELECT employee.id, employee.type, {case} AS _sa_polymorphic_on \nFROM employee \nWHERE {case} IN (?)"
        )
    );
}

#[test]
fn joined_bulk_insert_returning_splices_each_tables_rows() {
    let models = "
from sqlalchemy import *
from sqlalchemy.orm import *
class Base(DeclarativeBase): pass
class Employee(Base):
    __tablename__ = 'employee'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    __mapper_args__ = {'polymorphic_on': 'type', 'polymorphic_identity': 'employee'}
class Manager(Employee):
    __tablename__ = 'manager'
    id: Mapped[int] = mapped_column(ForeignKey('employee.id'), primary_key=True)
    manager_name: Mapped[str]
    __mapper_args__ = {'polymorphic_identity': 'manager'}
engine = create_engine('sqlite://', echo=True)
Base.metadata.create_all(engine)
";
    let sql = statements(
        models,
        "s = Session(engine)\n\
         ms = s.scalars(insert(Manager).returning(Manager), [{'name': 'a', 'manager_name': 'A'}, {'name': 'b', 'manager_name': 'B'}]).all()\n\
         assert [(m.id, m.name, m.manager_name) for m in ms] == [(1, 'a', 'A'), (2, 'b', 'B')], ms\n",
    );
    let inserts: Vec<&String> = sql.iter().filter(|s| s.starts_with("INSERT")).collect();
    assert_eq!(inserts[0], "INSERT INTO employee (name, type) VALUES (?, ?) RETURNING id, name, type");
    assert_eq!(
        inserts[2],
        "INSERT INTO manager (id, manager_name) VALUES (?, ?), (?, ?) RETURNING id, manager_name, id AS id__1"
    );
}
