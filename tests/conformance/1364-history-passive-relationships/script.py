with Session(engine) as s:
    ann = Author(name="Ann")
    s.add(ann)
    s.commit()
    # An expired attribute: get_history loads it (SQL), inspect's history does not.
    print(attributes.get_history(ann, "name"))
    s.expire(ann)
    print(attributes.instance_state(ann).attrs.name.history)
    print(attributes.get_history(ann, "name"))
    b = Book(title="Dune")
    print(attributes.get_history(b, "title"), attributes.get_history(b, "author"))
    ann.books.append(b)
    h = attributes.get_history(ann, "books")
    print(h.added, h.unchanged, h.deleted)
    print(attributes.get_history(b, "author"))
    s.commit()
    print(attributes.get_history(b, "author"))
    # set_committed_value on a relationship: loaded, no change to flush.
    bob = Author(name="Bob")
    s.add(bob)
    s.flush()
    attributes.set_committed_value(bob, "books", [b])
    print(bob.books, attributes.get_history(bob, "books"), s.is_modified(bob))
    s.commit()
    print(s.scalars(select(Book.author_id)).all())
    attributes.set_committed_value(b, "title", "Dune Messiah")
    print(b.title, b in s.dirty, attributes.get_history(b, "title").unchanged)
    s.commit()
    print(s.scalar(select(Book.title)))
    try:
        attributes.get_history(b, "nope")
    except KeyError as e:
        print("KeyError", e)
    try:
        attributes.get_history(object(), "x")
    except AttributeError as e:
        print("AttributeError", e)
print(attributes.instance_state(b).detached, attributes.instance_state(b).persistent)
