with Session(engine) as session:
    posts = [Post(title="a"), Post(title="b", status="draft"), Post(title="c", likes=7)]
    session.add_all(posts)
    session.flush()
    for p in posts:
        print(p.id, sorted(k for k in vars(p) if not k.startswith("_")))
    print([(p.status, p.likes, p.pinned, p.edits) for p in posts])
    session.commit()
    posts[0].title = "a2"
    session.commit()
    print(posts[0].edits, calls)
    session.execute(update(Post).where(Post.id > 1).values(likes=Post.likes + 1))
    session.commit()
    print(session.execute(select(Post.id, Post.likes, Post.edits).order_by(Post.id)).all(), calls)

c = Post.__table__.c
print(repr(c.status.server_default), c.status.server_default.arg, c.likes.server_default.arg.text)
print(c.pinned.default, c.pinned.default.is_scalar, c.pinned.default.arg, c.pinned.onupdate)
print(type(c.edits.onupdate).__name__, c.edits.onupdate.is_callable, c.edits.onupdate.for_update, c.edits.default.for_update)
print(c.title.default, c.title.server_default, c.id.server_default)
print(events.c.seq.default.is_callable, events.c.kind.server_default, events.c.flag.default)

with engine.begin() as conn:
    conn.execute(insert(events), [{"kind": "warn"}, {"kind": "error"}])
    conn.execute(insert(events).values(flag=False))
    conn.execute(update(events).where(events.c.kind == "warn").values(flag=False))
    print(conn.execute(select(events).order_by(events.c.id)).all())
print(calls)
