print(CreateTable(Entry.__table__).compile(engine))
with Session(engine) as s:
    e = Entry(title="first")
    s.add(e)
    s.commit()
    print(e.status, e.flag, e.views)
    print(isinstance(e.created_at, datetime.datetime), e.updated_at)
    print(e.created_at.tzinfo)
    e.title = "edited"
    s.commit()
    print(isinstance(e.updated_at, datetime.datetime))
    print(s.query(Entry).filter(Entry.created_at <= func.now()).count())
    s.query(Entry).delete()
    s.commit()
