with Factory() as s:
    print(type(s).__name__, s.bind is engine, s.get_bind() is engine)
    s.add_all([Note(text="buy milk"), Note(text="call bob", pinned=True)])
    s.commit()
    print(s.count(Note), s.get_or_fail(Note, 2).text)
    try:
        s.get_or_fail(Note, 5)
    except LookupError as e:
        print(e)
    n = s.get(Note, 1)
s.close()
print(n.text, n.pinned)
Scoped = scoped_session(Factory)
print(type(Scoped()).__name__, Scoped().count(Note))
Scoped.add(Note(text="from scoped"))
Scoped.commit()
print(Scoped.scalars(select(Note.text).order_by(Note.id)).all())
Scoped.remove()
with Factory(autoflush=False) as s2:
    s2.add(Note(text="pending"))
    print(s2.count(Note), s2.autoflush if hasattr(s2, "autoflush") else False)
with Session(engine) as plain:
    print(hasattr(plain, "count"), plain.scalar(select(func.count(Note.id))))
print(Factory.kw.get("expire_on_commit"), Factory.class_.__name__)
