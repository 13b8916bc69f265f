with engine.begin() as c:
    c.execute(insert(t), [{"doc": {"k": [1, 2]}, "name": "a"}, {"doc": ["a", True], "name": "b"}])
    c.execute(insert(t).values(doc={"v": "ü", "q": 'say "hi"'}, name="c"))
    c.execute(insert(t).values(name="d"))
    c.execute(update(t).where(t.c.id == 2).values(doc=None))
    for row in c.execute(select(t).order_by(t.c.id)):
        print(row.id, row.doc, row.name)
    print(c.execute(select(t.c.doc).where(t.c.name == "c")).scalar_one()["q"])
    print(insert(t).values(doc={"a": 1}).compile().params)
    print(c.exec_driver_sql("select doc from t order by id").all())
md.drop_all(engine)
