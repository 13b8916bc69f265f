# A session and a Connection share the in-memory database's one connection: each holds its own
# transaction, and closing the Connection rolls back what the session had only flushed.
session = Session(engine)
session.add(Note(body="draft"))
session.flush()
print("session in transaction:", session.in_transaction())
with engine.connect() as conn:
    print("connection sees:", conn.execute(select(func.count()).select_from(Note)).scalar())
    print("connection in transaction:", conn.in_transaction())
print("session sees after the connection closed:", session.scalar(select(func.count()).select_from(Note)))
session.rollback()

# create_all given a Connection runs in its transaction; engine.begin() commits it.
extra = MetaData()
Table("tag", extra, Column("id", Integer, primary_key=True), Column("label", String(20)))
with engine.begin() as conn:
    extra.create_all(conn)
    print("create_all left the transaction open:", conn.in_transaction())
    conn.execute(text("INSERT INTO note (body) VALUES ('kept')"))

# Two sessions side by side: one commits, the other sees it.
s1, s2 = Session(engine), Session(engine)
s1.add(Note(body="first"))
s1.commit()
print([n.body for n in s2.scalars(select(Note).order_by(Note.id))])
s2.close()
s1.close()
