print(CreateTable(tasks))
print(CreateTable(tasks).compile(engine))
print(repr(BigId), str(BigId), BigId.compile(dialect=sqlite.dialect()), BigId.compile(dialect=postgresql.dialect()))
try:
    BigId.with_variant(String(), "sqlite")
except ArgumentError as e:
    print("ArgumentError", e)
try:
    Integer().with_variant(String())
except ArgumentError as e:
    print("ArgumentError", e)
with engine.begin() as conn:
    conn.execute(insert(tasks), [{"title": "Write", "label": "a", "spent": timedelta(hours=1, minutes=30)},
                                 {"title": "read", "label": "b", "spent": timedelta(days=2, seconds=5)},
                                 {"title": "Plan", "label": "c", "spent": timedelta(0)}])
with engine.connect() as conn:
    for row in conn.execute(select(tasks).order_by(tasks.c.id)):
        print(row.id, row.title, row.spent, repr(row.spent))
    print(conn.execute(select(tasks.c.title).where(tasks.c.spent >= timedelta(hours=1)).order_by(tasks.c.title)).scalars().all())
    print(conn.execute(select(tasks.c.id).where(tasks.c.title == "WRITE")).scalar())
    print(conn.execute(select(tasks.c.spent).where(tasks.c.id == 2)).scalar_one().total_seconds())
with engine.begin() as conn:
    conn.execute(tasks.delete().where(tasks.c.spent > timedelta(0)))
    conn.execute(tasks.update().values(spent=None))
