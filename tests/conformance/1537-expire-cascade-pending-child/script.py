with Session(engine) as session:
    ann = Author(name="Ann", books=[Book(title="Dune")], fans=[Fan(nick="zed")])
    session.add(ann)
    session.commit()
    dune, zed = ann.books[0], ann.fans[0]
    session.execute(update(Book).values(title="DUNE"))
    session.execute(update(Fan).values(nick="ZED"))
    draft = Book(title="Draft")
    memo = Note(text="memo")
    ann.books.append(draft)
    ann.notes.append(memo)
    print(draft in session, memo in session, len(session.new))
    session.expire(ann)
    # a pending note reached along delete-orphan leaves the session; a pending book stays
    print(draft in session, memo in session, "title" in dune.__dict__, "nick" in zed.__dict__, zed.nick)
    print(dune.title, ann.books)
    dune.title = "changed"
    session.refresh(ann, ["name"])
    print(dune.title, ann.name)
    session.refresh(ann)
    print(dune.title, session.dirty)
    for obj in (Book(title="x"), draft):
        try:
            session.expire(obj)
        except InvalidRequestError as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    session.expunge(zed)
    try:
        session.refresh(zed)
    except InvalidRequestError as e:
        print("refresh:", type(e).__name__)
    session.expire_all()
    print(session.scalars(select(Book.title).order_by(Book.id)).all(), ann.books)
