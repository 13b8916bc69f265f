from sqlalchemy import create_engine

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with AuditedSession(engine, user="ann", query_cls=TaskQuery) as s:
    print(type(s).__name__, isinstance(s, Session), s.user, s.bind is engine)
    s.add(Task(title="write"))
    s.add_all([Task(title="read", done=True), Task(title="sleep")])
    s.commit()
    print(s.log, s.count(Task))
    q = s.query(Task)
    print(type(q).__name__, isinstance(q, Query), q.pending().order_by(Task.id).titles())
    print(type(q.filter(Task.id > 1)).__name__, q.pending().count())
Maker = sessionmaker(engine, class_=AuditedSession, query_cls=TaskQuery)
with Maker(user="bob") as s2:
    s2.add(Task(title="run"))
    s2.flush()
    print(s2.user, s2.log, s2.query(Task).pending().titles(), sorted(Maker.kw))
with Session(engine) as plain:
    print(type(plain.query(Task)).__name__, hasattr(plain, "count"))
