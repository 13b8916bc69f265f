calls = []


@event.listens_for(Book, "before_insert", once=True)
def first_book(mapper, connection, target):
    calls.append(target.title)
    if target.title == "bad":
        raise ValueError("not this one")
    print("  first insert:", target.title)


@event.listens_for(Author.books, "append", once=True)
def first_append(target, value, initiator):
    print("  first append:", target, value)


with Session(engine) as s:
    ann = Author(name="Ann")
    try:
        s.add(Book(title="bad"))
        s.flush()
    except ValueError as e:
        print("ValueError:", e)
        s.rollback()
    ann.books.append(Book(title="Dune"))
    ann.books.append(Book(title="Emma"))
    s.add(ann)
    s.commit()
    print(calls, event.contains(Book, "before_insert", first_book))
    bob = Author(name="Bob")
    b = Book(title="Ulysses")
    b.author = bob
    bob.books.append(Book(title="Odyssey"))
    s.add(bob)
    s.commit()
    print(s.scalars(select(Book.title).order_by(Book.id)).all())
    event.remove(Book, "before_insert", first_book)
    print(event.contains(Book, "before_insert", first_book))
