def state(conn, what):
    print(what, conn.in_transaction(), conn.in_nested_transaction())


for mode in [None, "rollback_only", "control_fully", "create_savepoint"]:
    print("==", mode)
    conn = engine.connect()
    conn.begin()
    kw = {} if mode is None else {"join_transaction_mode": mode}
    session = Session(bind=conn, **kw)
    session.add(Note(text=f"kept {mode}"))
    session.commit()
    state(conn, "commit")
    session.add(Note(text=f"undone {mode}"))
    session.flush()
    session.rollback()
    state(conn, "rollback")
    print(session.scalars(select(Note.text).order_by(Note.id)).all())
    session.close()
    state(conn, "close")
    if conn.in_transaction():
        conn.commit()
    conn.close()

print("== inside a savepoint")
with engine.connect() as conn:
    conn.begin()
    conn.begin_nested()
    session = Session(conn)
    session.add(Note(text="nested"))
    session.commit()
    state(conn, "commit")
    session.close()
    conn.commit()

try:
    Session(engine, join_transaction_mode="sometimes")
except Exception as e:
    print(type(e).__name__, e)

with Session(engine) as s:
    print(s.scalars(select(Note.text).order_by(Note.id)).all())
