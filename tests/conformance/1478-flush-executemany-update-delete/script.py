def show(title):
    print(title)
    for row in sent:
        print("  ", *row)
    sent.clear()


with Session(engine) as s:
    tags = [Tag(id=i, label=f"t{i}") for i in range(1, 5)]
    for i in range(1, 4):
        s.add(Note(id=i, body=f"n{i}", tags=tags[: i + 1]))
        s.flush()
    s.commit()
    show("insert")
    for t in s.scalars(select(Tag).order_by(Tag.id)):
        t.hits += 1
    for n in s.scalars(select(Note).order_by(Note.id)):
        n.body = n.body.upper()
    s.flush()
    show("bump")
    n1, n2, n3 = s.scalars(select(Note).order_by(Note.id)).all()
    n1.tags.clear()
    s.flush()
    s.delete(n2)
    s.commit()
    show("remove")
    print(s.scalars(select(Tag.hits)).all(), [n.version for n in s.scalars(select(Note))])

with Session(engine) as s:
    a, b, c = s.scalars(select(Tag).order_by(Tag.id)).all()[:3]
    s.execute(text("UPDATE tag SET id = 20 WHERE id = 2"))
    a.label, b.label, c.label = "x", "y", "z"
    try:
        s.flush()
    except StaleDataError as e:
        print("stale:", e)
    show("stale")
    s.rollback()
    doomed = [s.get(Tag, 1), s.get(Tag, 3), s.get(Tag, 4)]
    for t in doomed:
        s.delete(t)
    s.commit()
    show("tag deletes")
