item = Item()
item.notes["a"] = Note("a", "atext")
print(item.notes)
item.notes = {
    "a": Note("a", "atext"),
    "b": Note("b", "btext"),
}
print(sorted(item.notes))
with Session(engine) as session:
    session.add(item)
    session.commit()
    print(session.scalars(select(Note.keyword).order_by(Note.id)).all())
    item.notes["c"] = Note("c", "ctext")
    del item.notes["a"]
    session.commit()
    print(session.execute(select(Note.keyword, Note.item_id).order_by(Note.id)).all())
    session.expire_all()
    print(item.notes)
    print(sorted(item.by_column.items()))
    print(sorted(item.by_text))
    print(type(item.notes).__name__, "b" in item.notes, item.notes.get("zz"))
    popped = item.notes.pop("b")
    print(popped, list(item.notes.keys()))
    session.commit()
    print(session.scalars(select(Note.keyword)).all())
