print(insert(notes))
print(insert(notes).values(body="x"))
print(update(notes).values(body="y"))
with engine.begin() as conn:
    r = conn.execute(insert(notes).values(body="first"))
    print(r.inserted_primary_key)
    conn.execute(insert(notes), [{"body": "second"}, {"body": "third", "stamp": "own"}])
    r = conn.execute(insert(notes))
    print(r.inserted_primary_key, r.rowcount)
    conn.execute(update(notes).where(notes.c.id == 1).values(body="first!"))
    conn.execute(update(notes).where(notes.c.id == 3).values(body="third!", rev=9))
    for row in conn.execute(select(notes.c.id, notes.c.body, notes.c.stamp, notes.c.rev, notes.c.slug, notes.c.kind).order_by(notes.c.id)):
        print(row)
