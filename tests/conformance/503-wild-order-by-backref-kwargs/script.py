with Session(engine) as s:
    f = Forum(name="general")
    t1 = Thread(title="alpha", forum=f)
    t2 = Thread(title="beta", forum=f)
    s.add(f)
    for i, v in enumerate([3, 9, 3, 0]):
        Reply(body=f"r{i}", votes=v, thread=t1)
    s.commit()

with Session(engine) as s:
    f = s.query(Forum).one()
    print([t.title for t in f.threads])
    t = s.query(Thread).filter_by(title="alpha").one()
    print([(r.body, r.votes) for r in t.replies])
    print(t.replies.filter(Reply.votes > 0).count())
    s.delete(f)
    s.commit()
    print(s.query(Thread).count(), s.query(Reply).count())
    print(s.query(Reply.thread_id).distinct().all())
