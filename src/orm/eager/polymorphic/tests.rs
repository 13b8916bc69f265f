//! Polymorphic IN loads and joined-inheritance bulk DML on a three-level hierarchy, the statements
//! recorded from SQLAlchemy 2.1.9 with `echo=True`.

use crate::orm::testing::{Ran, run_program};

const PEOPLE: &str = "
class Person(Base):
    __tablename__ = 'person'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    kind = Column(String)
    __mapper_args__ = {'polymorphic_identity': 'person', 'polymorphic_on': kind}
class Boss(Person):
    __tablename__ = 'boss'
    id = Column(Integer, ForeignKey('person.id'), primary_key=True)
    budget = Column(Integer)
    reports = relationship('Report', order_by='Report.id')
    __mapper_args__ = {'polymorphic_identity': 'boss', 'polymorphic_load': 'selectin'}
class Chief(Boss):
    __tablename__ = 'chief'
    id = Column(Integer, ForeignKey('boss.id'), primary_key=True)
    motto = Column(String)
    __mapper_args__ = {'polymorphic_identity': 'chief', 'polymorphic_load': 'selectin'}
class Worker(Person):
    __tablename__ = 'worker'
    id = Column(Integer, ForeignKey('person.id'), primary_key=True)
    skill = Column(String)
    __mapper_args__ = {'polymorphic_identity': 'worker'}
class Report(Base):
    __tablename__ = 'report'
    id = Column(Integer, primary_key=True)
    boss_id = Column(Integer, ForeignKey('boss.id'))
";

const SEED: &str = "session.add_all([Worker(name='w', skill='weld'), Boss(name='b', budget=1, reports=[Report()]),
    Chief(name='c', budget=2, motto='go'), Person(name='p')])
session.commit()
session.close()
";

fn selects(ran: &Ran) -> Vec<String> {
    ran.statements("SELECT").iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

fn run(script: &str) -> Ran {
    let ran = run_program(PEOPLE, &format!("{SEED}{script}"));
    assert_eq!(ran.error, None, "{}", ran.stdout);
    ran
}

const BOSS_IN: &str = "SELECT boss.id AS boss_id, person.id AS person_id, person.kind AS person_kind, boss.budget AS boss_budget FROM person JOIN boss ON person.id = boss.id WHERE person.id IN (?";
const CHIEF_IN: &str = "SELECT chief.id AS chief_id, boss.id AS boss_id, person.id AS person_id, person.kind AS person_kind, boss.budget AS boss_budget, chief.motto AS chief_motto FROM person JOIN boss ON person.id = boss.id JOIN chief ON boss.id = chief.id WHERE person.id IN (?)";

#[test]
fn mapper_level_selectin_loads_each_subclass_through_its_own_setting() {
    let ran = run("people = session.scalars(select(Person).order_by(Person.id)).all()\nsession.close()\n\
                   print([getattr(p, 'budget', None) for p in people], people[2].motto)\n");
    let sql = selects(&ran);
    assert_eq!(sql[0], "SELECT person.id, person.name, person.kind FROM person ORDER BY person.id");
    // The chief is not loaded again through Boss's IN load: it has its own, with Boss's columns.
    assert_eq!(sql[1], format!("{BOSS_IN})"));
    assert_eq!(sql[2], CHIEF_IN);
    assert_eq!(sql.len(), 3, "{sql:?}");
    assert_eq!(ran.stdout, "[None, 1, 2, None] go\n");
}

#[test]
fn the_option_adds_subclasses_and_siblings_apply_to_the_in_load() {
    let ran =
        run("stmt = select(Person).options(selectin_polymorphic(Person, [Worker]), selectinload(Boss.reports))\n\
                   people = session.scalars(stmt.order_by(Person.id)).all()\nsession.close()\n\
                   print(people[0].skill, len(people[1].reports))\n");
    let sql = selects(&ran);
    assert_eq!(
        sql[1],
        "SELECT worker.id AS worker_id, person.id AS person_id, person.kind AS person_kind, worker.skill AS worker_skill FROM person JOIN worker ON person.id = worker.id WHERE person.id IN (?)"
    );
    // With the option, Boss's IN load takes the chief too, and loads it again from Boss's view.
    assert_eq!(sql[2], format!("{BOSS_IN}, ?)"));
    assert_eq!(
        sql[3],
        "SELECT report.boss_id, report.id FROM report WHERE report.boss_id IN (?, ?) ORDER BY report.id"
    );
    assert_eq!(
        sql[4],
        "SELECT chief.id AS chief_id, boss.id AS boss_id, person.id AS person_id, person.kind AS person_kind, chief.motto AS chief_motto FROM person JOIN boss ON person.id = boss.id JOIN chief ON boss.id = chief.id WHERE person.id IN (?)"
    );
    assert_eq!(sql[5], CHIEF_IN);
    assert_eq!(ran.stdout, "weld 1\n");
}

#[test]
fn bulk_insert_and_update_write_each_table_of_the_lineage() {
    let ran = run("session.execute(insert(Boss), [{'name': 'x', 'budget': 5}, {'name': 'y', 'budget': 6}])\n\
                   session.execute(update(Chief), [{'id': 3, 'name': 'cc', 'motto': 'stop'}])\n");
    assert_eq!(
        ran.statements("INSERT INTO person")[4..],
        ["INSERT INTO person (name, kind) VALUES (?, ?) RETURNING id"; 2]
    );
    // The keys the person rows got go into the boss rows.
    assert_eq!(ran.statements("INSERT INTO boss").last(), Some(&"INSERT INTO boss (id, budget) VALUES (?, ?)"));
    assert_eq!(
        ran.params_of("INSERT INTO boss").last(),
        Some(&"Many([[Integer(5), Integer(5)], [Integer(6), Integer(6)]])")
    );
    assert_eq!(
        ran.statements("UPDATE"),
        ["UPDATE person SET name=? WHERE person.id = ?", "UPDATE chief SET motto=? WHERE chief.id = ?"]
    );
}
