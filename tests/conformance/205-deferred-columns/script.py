with Session(engine) as session:
    a = Author(name="Ann")
    session.add(a)
    session.flush()
    session.add_all(
        [
            Book(author_id=a.id, title="One", summary="s1", notes="n1", blurb="b1"),
            Book(author_id=a.id, title="Two", summary="s2", notes="n2", blurb="b2"),
        ]
    )
    session.commit()

with Session(engine) as session:
    book = session.scalars(select(Book).where(Book.title == "One")).one()
    print(book.title, book.summary, book.notes)
    try:
        book.blurb
    except Exception as e:
        print(type(e).__name__)

with Session(engine) as session:
    book = session.scalars(select(Book).options(undefer_group("long"), undefer(Book.blurb)).where(Book.id == 2)).one()
    print(book.summary, book.notes, book.blurb)

with Session(engine) as session:
    books = session.scalars(select(Book).options(load_only(Book.title)).order_by(Book.id)).all()
    print([b.title for b in books])
    print([b.author_id for b in books])

with Session(engine) as session:
    books = session.scalars(select(Book).options(defer(Book.title, raiseload=True)).order_by(Book.id)).all()
    try:
        books[0].title
    except Exception as e:
        print(type(e).__name__)
    rows = session.execute(select(Author, Book).join_from(Author, Book).options(load_only(Book.title)).order_by(Book.id)).all()
    print([(a.name, b.title) for a, b in rows])
