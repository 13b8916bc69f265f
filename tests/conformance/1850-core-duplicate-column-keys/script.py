with engine.begin() as conn:
    conn.execute(insert(authors), [{"id": 1, "name": "Ann"}, {"id": 2, "name": "Bo"}])
    conn.execute(insert(books), [
        {"id": 10, "author_id": 1, "name": "Tides"},
        {"id": 20, "author_id": 2, "name": "Stones"},
        {"id": 30, "author_id": 1, "name": "Rivers"},
    ])

stmt = select(authors.c.id, books.c.id, authors.c.name, books.c.name).join_from(authors, books).order_by(books.c.id)
print(stmt)
with engine.connect() as conn:
    result = conn.execute(stmt)
    print(list(result.keys()))
    for row in result:
        m = row._mapping
        print(row, m[authors.c.id], m[books.c.id], m[authors.c.name], m[books.c.name])
        print(m["id"], m["id_1"], row.name, row.name_1, list(m.keys()), row._fields)
        print(books.c.id in m, authors.c.id in m, m.get(books.c.name))

    rows = conn.execute(select(books.c.id, authors.c.id).join_from(authors, books).order_by(books.c.id)).all()
    print([(r._mapping[books.c.id], r._mapping[authors.c.id]) for r in rows])
    print([dict(r._mapping) for r in rows])

    both = conn.execute(select(authors, books).join_from(authors, books).order_by(books.c.id))
    print(list(both.keys()))
    row = both.first()
    print(row._mapping[books.c.name], row._mapping[authors.c.name], row._asdict())

    mp = conn.execute(stmt).mappings().all()
    print(mp[0][books.c.name], mp[-1][authors.c.name], list(mp[0].keys()))

    same = conn.execute(select(authors.c.id, authors.c.id, books.c.id).join_from(authors, books).order_by(books.c.id))
    print(list(same.keys()), same.first())
