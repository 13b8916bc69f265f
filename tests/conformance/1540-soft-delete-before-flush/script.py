with Session(engine) as s:
    a, b = Note(text="keep"), Note(text="trash")
    s.add_all([a, b])
    s.commit()
    s.delete(b)
    print(b in s.deleted, inspect(b).deleted, inspect(b).persistent)
    s.commit()
    print(s.execute(select(Note.text, Note.deleted).order_by(Note.id)).all(), inspect(b).persistent, b in s)
    print(s.scalars(select(Note.text).where(~Note.deleted)).all())
