from sqlalchemy import text

with Session(engine) as s:
    p = Profile(username="kim", settings={"theme": "dark"}, frozen={"a": 1}, tags=["new"])
    s.add(p)
    s.commit()

    p.settings["lang"] = "en"
    p.frozen["b"] = 2
    p.tags.append("vip")
    print(p in s.dirty, s.is_modified(p))
    s.commit()
    print(p.settings, p.frozen, p.tags)

    with engine.connect() as conn:
        print(conn.execute(text("SELECT settings, frozen, tags FROM profile")).all())

    p.frozen = dict(p.frozen, b=2)
    p.tags.remove("new")
    del p.settings["theme"]
    s.commit()
    print(p.settings, p.frozen, p.tags)
    print(type(p.settings).__name__, type(p.tags).__name__, type(p.frozen).__name__)
    print(s.scalars(select(Profile.username).where(Profile.settings == {"lang": "en"})).all())
    print(Profile.__table__.c.settings.type, repr(Profile.__table__.c.frozen.type))
