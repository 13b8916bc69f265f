with Session(engine) as s:
    d = Doc(data={"a": 1, "b": [1, 2.5, "x"], "c": None, "u": "é\n"}, tags=["x", ("y", 2)])
    s.add(d)
    s.commit()
    # an in-place change is not seen (no MutableDict)
    d.data["a"] = 2
    print(d in s.dirty, s.is_modified(d))
    s.commit()
    got = s.scalars(select(Doc)).one()
    print(got.data, got.tags, type(got.data).__name__)
    got.data = {"z": 1.5, "t": True, "n": {"deep": [None, 1e20]}}
    s.commit()
    print(s.execute(select(Doc.data)).scalar())
    # None set explicitly is JSON 'null'; an unset JSON attribute stays SQL NULL
    s.add(Doc(data=None))
    s.add(Doc(data=[1, 2], tags=None))
    s.add(Doc(data={"k": "v"}))
    s.commit()
    print(s.scalars(select(Doc.data).order_by(Doc.id)).all())
    print(s.scalars(select(Doc.tags).order_by(Doc.id)).all())
    print(s.execute(select(Doc.id).where(Doc.tags.is_(None))).scalars().all())
    print(s.execute(text("select data, tags from doc order by id")).all())
Base.metadata.drop_all(engine)
