import datetime
from sqlalchemy import *
from sqlalchemy.schema import CreateTable, DropTable, CreateIndex
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
m = MetaData()
p = Table("p", m, Column("id", Integer, primary_key=True), Column("name", String(20), unique=True))
t = Table(
    "t", m,
    Column("id", Integer, primary_key=True),
    Column("p_id", ForeignKey("p.id", ondelete="CASCADE"), index=True),
    Column("b", String(5), CheckConstraint("length(b) > 1"), server_default="x", nullable=False),
    Column("c", DateTime, server_default=func.now()),
    Column("d", Integer, server_default=text("1")),
    Column("e", Boolean, default=True),
    Column("f", Numeric(8, 3)),
    Column("g", Text),
    Column("h", Float),
    Column("i", Date),
    Column("j", LargeBinary),
    UniqueConstraint("p_id", "b"),
    CheckConstraint("id > 0", name="ck_positive"),
)
k = Table("k", m, Column("a", Integer, primary_key=True), Column("b", Integer, primary_key=True), Column("x", String(10)))
print(CreateTable(p))
print(CreateTable(t))
print(CreateTable(t).compile(dialect=sqlite.dialect()))
print(CreateTable(k))
print(DropTable(t))
print([x.name for x in m.sorted_tables])
print(list(m.tables.keys()))
print(insert(t).values(p_id=1, b="xy"))
print(insert(p).values([{"name": "a"}, {"name": "b"}]))
print(insert(p).values([{"name": "a"}, {"name": "b"}]).compile(dialect=sqlite.dialect()))
print(insert(p).values(id=select(func.max(p.c.id) + 1).scalar_subquery(), name="z"))
print(insert(p).returning(p.c.id).compile(dialect=sqlite.dialect()))
print(update(p).values(name=p.c.name + "!").where(p.c.id == 1).returning(p.c.name))
print(update(p).values({p.c.name: "q"}))
print(update(t).values(b=bindparam("b_new")).where(t.c.id == bindparam("b_id")))
print(delete(t).where(t.c.p_id == select(p.c.id).where(p.c.name == "x").scalar_subquery()))
print(delete(t).where(t.c.p_id == p.c.id, p.c.name == "x").compile(dialect=sqlite.dialect()) if False else "skip")
stmt = sqlite_insert(p).values(id=1, name="a")
print(stmt.on_conflict_do_nothing(index_elements=["id"]))
print(stmt.on_conflict_do_update(index_elements=[p.c.id], set_=dict(name=stmt.excluded.name)))
print(stmt.on_conflict_do_update(index_elements=["id"], set_={"name": "fixed"}, where=p.c.name != "q"))
print(insert(p).from_select([p.c.name], select(t.c.b).where(t.c.id > 1)))
print(p.insert().values(name="a"))
print(p.update().where(p.c.id == 2).values(name="a"))
print(p.delete().where(p.c.id == 2))
print(p.select().where(p.c.id == 2))
c = insert(p).values(name="x").compile()
print(c.params)
c = update(p).values(name="x").where(p.c.id == 9).compile()
print(c.params)
