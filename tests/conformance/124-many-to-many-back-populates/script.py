with Session(engine) as session:
    rust = Tag(label="rust")
    wasm = Tag(label="wasm")
    sql = Tag(label="sql")
    p1 = Post(title="Rust in the browser", tags=[rust, wasm])
    p2 = Post(title="Query planning", tags=[sql])
    p3 = Post(title="Embedded DBs")
    p3.tags.extend([sql, rust])
    session.add_all([p1, p2, p3])
    print("rust posts (memory):", [p.title for p in rust.posts])
    session.commit()

    for tag in session.scalars(select(Tag).order_by(Tag.label)):
        print(tag.label, sorted(p.title for p in tag.posts))
    p1.tags = [sql]
    session.commit()
    print("p1:", [t.label for t in p1.tags], "| wasm:", [p.title for p in wasm.posts])
    print("links:", sorted(session.execute(select(post_tags.c.post_id, post_tags.c.tag_id)).all()))
    session.delete(p3)
    session.commit()
    print("sql posts:", sorted(p.title for p in sql.posts))
    tagged = session.scalars(select(Post).join(Post.tags).where(Tag.label == "sql").order_by(Post.id)).all()
    print("tagged sql:", [p.title for p in tagged])
