from sqlalchemy import select

SessionLocal = sessionmaker(engine, info={"app": "notes"})
with SessionLocal() as s:
    print(s.info)
    s.info["user"] = "admin"
    s.add(Note(text="hello"))
    s.commit()
    print(sorted(s.info.items()))
with SessionLocal(info={"user": "bob"}) as s:
    print(sorted(s.info.items()))
    s.add_all([Note(text="hi"), Note(text="signed", author="eve")])
    s.commit()
    print(s.scalars(select(Note.author).order_by(Note.id)).all())
with Session(engine) as s:
    print(s.info, type(s.info).__name__)
    s.info.setdefault("count", 0)
    s.info["count"] += 1
    print(s.info is s.info, s.info)
with SessionLocal() as s:
    print(s.info)
