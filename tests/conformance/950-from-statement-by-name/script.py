with Session(engine) as s:
    s.add_all([Task(title="a"), Task(title="b", level=Level.HIGH, shade=Shade.DARK), Task(title="c", level=1)])
    s.commit()
    print(s.scalars(select(Task.title).where(Task.level == Level.HIGH)).all())
    print(s.scalars(select(Task.title).where(Task.shade == Shade.LIGHT).order_by(Task.title)).all())
    print(s.execute(text("SELECT :x + 1, :y"), {"x": Level.MID, "y": Shade.DARK}).one())
    print(s.query(Task).filter(Task.level.in_([Level.LOW, Level.MID])).count())
with Session(engine) as s:
    rows = s.scalars(select(Task).from_statement(text("SELECT shade, title, id, level FROM tasks ORDER BY id"))).all()
    print(rows)
with Session(engine) as s:
    t = s.scalars(select(Task).from_statement(text("SELECT id, title FROM tasks WHERE id = :i")), {"i": 2}).one()
    print(sorted(k for k in t.__dict__ if not k.startswith("_")))
    print(t.level, t.shade)
with Session(engine) as s:
    stmt = text("SELECT title, id FROM tasks ORDER BY title DESC").columns(Task.title, Task.id)
    print([(t.id, t.title) for t in s.scalars(select(Task).from_statement(stmt))])
    print(s.execute(stmt).all())
