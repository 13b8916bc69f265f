with Session(engine) as s:
    dune = s.get(Book, ("111", 1))
    print(identity_key(Book, ("111", 1)), identity_key(instance=dune) == identity_key(Book, ["111", 1]))
    print(identity_key(Book, ("111", 1)) in s.identity_map)
    # Another connection changes the row behind the session's back.
    s.execute(text("UPDATE book SET stock = 9, title = 'Dune (new)' WHERE edition = 1"))
    print(s.get(Book, ("111", 1)))
    dune.stock = 100  # a pending change the refreshing load discards
    again = s.get(Book, {"isbn": "111", "edition": 1}, populate_existing=True)
    print(again is dune, again, s.is_modified(dune))
    s.execute(update(Book).where(Book.edition == 2).values(stock=Book.stock + 5).execution_options(synchronize_session=False))
    second = s.get(Book, ("111", 2))
    print(second)
    print(s.get(Book, ("111", 2), execution_options={"populate_existing": True}))
    print(s.get(Book, ("999", 1), populate_existing=True))
    # populate_existing on a statement overwrites every object its rows bring.
    s.execute(text("UPDATE book SET stock = 0"))
    print(s.scalars(select(Book).order_by(Book.edition)).all())
    print(s.scalars(select(Book).order_by(Book.edition).execution_options(populate_existing=True)).all())
