//! Reflection's statements as SQLAlchemy 2.1.9's SQLite dialect sends them (recorded with
//! `echo=True`), and a custom `primaryjoin`'s extra criteria in each loader's SQL.

use crate::run::run;

/// Every logged line after the models ran (BEGIN / ROLLBACK included).
fn log_after_models(models: &str, script: &str) -> Vec<String> {
    let before = run(models, "").sql_log.len();
    let out = run(models, script);
    assert!(out.error.is_none(), "{:?}", out.error.map(|e| e.traceback));
    out.sql_log.iter().skip(before).map(|e| e.sql.clone()).collect()
}

const TABLES: &str = "
from sqlalchemy import *
e = create_engine('sqlite://')
with e.begin() as c:
    c.exec_driver_sql('CREATE TABLE some_table (x INTEGER, y INTEGER)')
    c.exec_driver_sql('CREATE TABLE t2 (id INTEGER PRIMARY KEY, name VARCHAR(30), st_id INTEGER REFERENCES some_table(x), UNIQUE(name))')
    c.exec_driver_sql('CREATE INDEX ix_n ON t2 (name)')
";

const SQL: &str = "SELECT sql FROM  (SELECT * FROM sqlite_master UNION ALL   SELECT * FROM sqlite_temp_master) WHERE name = ? AND type in ('table', 'view')";

#[test]
fn table_autoload_sends_the_dialects_statements_in_order() {
    let log = log_after_models(TABLES, "t = Table('some_table', MetaData(), autoload_with=e)\n");
    let p = |s: &str| s.to_string();
    let expected = vec![
        p("BEGIN (implicit)"),
        p("PRAGMA main.table_xinfo(\"some_table\")"),
        p(SQL),
        p("PRAGMA main.foreign_key_list(\"some_table\")"),
        p("PRAGMA temp.foreign_key_list(\"some_table\")"),
        p(SQL),
        p("PRAGMA main.index_list(\"some_table\")"),
        p("PRAGMA temp.index_list(\"some_table\")"),
        p("PRAGMA main.table_info(\"some_table\")"),
        p("PRAGMA main.index_list(\"some_table\")"),
        p("PRAGMA temp.index_list(\"some_table\")"),
        p("PRAGMA main.table_info(\"some_table\")"),
        p(SQL),
        p("ROLLBACK"),
    ];
    assert_eq!(log, expected);
}

#[test]
fn inspector_caches_per_method_and_reflect_gathers_each_method_over_all_tables() {
    let log = log_after_models(
        TABLES,
        "i = inspect(e)\ni.get_columns('t2')\ni.get_pk_constraint('t2')\ni.get_columns('t2')\n",
    );
    assert_eq!(
        log,
        ["BEGIN (implicit)", "PRAGMA main.table_xinfo(\"t2\")", "ROLLBACK", "BEGIN (implicit)", SQL, "ROLLBACK"]
    );
    let log = log_after_models(TABLES, "m = MetaData()\nm.reflect(e, only=['t2'])\nprint(sorted(m.tables))\n");
    let xinfo: Vec<&String> = log.iter().filter(|l| l.contains("table_xinfo")).collect();
    // t2's foreign key brings some_table in after t2's own statements.
    assert_eq!(xinfo, ["PRAGMA main.table_xinfo(\"t2\")", "PRAGMA main.table_xinfo(\"some_table\")"]);
    assert!(log[1].starts_with("SELECT name FROM sqlite_master") && log[2].contains("sqlite_temp_master"), "{log:?}");
    assert!(log.contains(&"PRAGMA main.index_info(\"sqlite_autoindex_t2_1\")".to_string()));
}

#[test]
fn primaryjoin_extra_criteria_in_every_loader() {
    let models = "
from sqlalchemy import *
from sqlalchemy.orm import *
Base = declarative_base()
class U(Base):
    __tablename__ = 'u'
    id = Column(Integer, primary_key=True)
    boston = relationship('A', primaryjoin=\"and_(U.id == A.u_id, A.city == 'Boston')\", viewonly=True)
class A(Base):
    __tablename__ = 'a'
    id = Column(Integer, primary_key=True)
    u_id = Column(ForeignKey('u.id'))
    city = Column(String)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add(U(id=1))
s.commit()
";
    let script = "s.get(U, 1).boston\ns.expunge_all()\ns.scalars(select(U).options(joinedload(U.boston))).unique().all()\n\
                  s.expunge_all()\ns.scalars(select(U).options(selectinload(U.boston))).all()\n";
    let log = log_after_models(models, script);
    let has = |text: &str| assert!(log.iter().any(|l| l.contains(text)), "{text} not in {log:#?}");
    has("FROM a \nWHERE ? = a.u_id AND a.city = ?");
    has("FROM u LEFT OUTER JOIN a AS a_1 ON u.id = a_1.u_id AND a_1.city = ?");
    has(
        "SELECT u_1.id, a.id, a.u_id, a.city \nFROM u AS u_1 JOIN a ON u_1.id = a.u_id AND a.city = ? \nWHERE u_1.id IN (?)",
    );
}
