with Session(engine) as s:
    s.add_all([Note(body="one"), Note(body="two")])
    s.flush()
    with engine.connect() as c:
        pass
    print(s.scalars(select(Note.body).order_by(Note.id)).all())
    conn = engine.connect()
    conn.close()
    print(s.scalar(select(Note.body).where(Note.id == 2)))
    s.commit()
with Session(engine) as s:
    print(s.scalars(select(Note.body)).all())
