with engine.begin() as c:
    c.execute(insert(t).values(name="A"))
    c.execute(insert(t), [{"name": "B"}, {"name": "C", "n": 5}])
    c.execute(insert(t).values([{"name": "D"}, {"name": "E"}]))
    c.execute(update(t).where(t.c.name == "A").values(name="AA"))
    c.execute(update(t).where(t.c.name == "B").values(name="BB", ver=3))
    print(c.execute(select(t).order_by(t.c.id)).all())
    r = c.execute(insert(t).values(name="F").returning(t.c.id, t.c.slug, t.c.n, t.c.note))
    print(r.all())
