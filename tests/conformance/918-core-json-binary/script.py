with Session(engine) as session:
    session.add_all([
        Doc(name="a", meta={"color": "red", "size": 3, "nested": {"ok": True, "v": None}}, tags=["x", "y"], blob=b"\x00\x01hello"),
        Doc(name="b", tags=[1, 2.5, "z"], blob=b""),
        Doc(name="c", meta={"color": "blue", "size": 10}),
    ])
    session.commit()
    for d in session.scalars(select(Doc).order_by(Doc.id)):
        print(d.name, d.meta, d.tags, d.blob)
    d = session.get(Doc, 1)
    print(d.meta["nested"]["ok"], d.tags[1], len(d.blob), d.blob[2:])
    print(type(d.meta).__name__, type(d.blob).__name__)
    stmt = select(Doc.name).where(Doc.meta["color"].as_string() == "red")
    print(stmt)
    print(session.scalars(stmt).all())
    stmt = select(Doc.name, Doc.meta["size"].as_integer()).order_by(Doc.id)
    print(stmt)
    print(session.execute(stmt).all())
    stmt = select(Doc.meta["nested"]["ok"]).where(Doc.id == 1)
    print(session.scalar(stmt))
    stmt = select(Doc.name).where(Doc.meta["size"].as_integer() > 5)
    print(session.scalars(stmt).all())
    stmt = select(func.json_extract(Doc.meta, "$.color")).order_by(Doc.id)
    print(session.scalars(stmt).all())
    d.meta = {**d.meta, "color": "green"}
    d.tags = d.tags + ["w"]
    session.commit()
    print(session.get(Doc, 1).meta["color"], session.get(Doc, 1).tags)
    d.meta["color"] = "pink"
    session.commit()
    print(session.get(Doc, 1).meta["color"])
    print(session.scalars(select(Doc.blob).order_by(Doc.id)).all())
    print(session.scalars(select(Doc.tags).where(Doc.tags.is_(None))).all())
    print(session.scalars(select(Doc.name).where(Doc.tags == None)).all())
    print(session.scalars(select(Doc.name).where(Doc.tags.is_(JSON.NULL))).all() if hasattr(JSON, "NULL") else None)
    session.execute(Doc.__table__.delete())
    session.commit()
