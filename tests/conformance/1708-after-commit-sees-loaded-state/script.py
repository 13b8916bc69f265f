with Session(engine) as s:
    n = Note(body="first")
    s.add(n)
    s.commit()
    print("expired after commit:", inspect(n).expired_attributes)
    more = [Note(body="second"), Note(body="third")]
    s.add_all(more)
    s.commit()
    print(s.scalars(select(Trail.text).order_by(Trail.id)).all())
    s.delete(n)
    s.commit()
    try:
        s.flush()
        print("flush ok")
    except Exception as e:
        print(type(e).__name__, e)
with Session(engine) as s:
    print(s.scalars(select(Trail.text).order_by(Trail.id)).all(), s.scalar(select(func.count(Note.id))))
