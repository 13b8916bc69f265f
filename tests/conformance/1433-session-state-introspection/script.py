Factory = sessionmaker(engine, expire_on_commit=False)
with Factory() as s:
    print(s.autoflush, s.expire_on_commit)
    s.autoflush = False
    n = Note(text="hello")
    s.add(n)
    print(s.scalars(select(Note)).all())
    s.autoflush = True
    print(len(s.scalars(select(Note)).all()), s.autoflush)
    st = inspect(n)
    print(st is inspect(n), instance_state(n) is st, st.persistent)
    s.commit()
    print(n.text, "expired" if inspect(n).expired else "loaded")
    s.expire_on_commit = True
    s.delete(n)
    print(inspect(n).deleted, inspect(n).persistent)
    s.flush()
    print(inspect(n).deleted, inspect(n).persistent)
    s.commit()
    print(inspect(n).detached, inspect(n).was_deleted)
