Manual = sessionmaker(engine, autobegin=False)
session = Manual()
print(session.in_transaction())
for action in ("add", "query", "execute"):
    try:
        if action == "add":
            session.add(Note(text="x"))
        elif action == "query":
            session.query(Note).all()
        else:
            session.execute(select(Note))
    except InvalidRequestError as e:
        print(action, type(e).__name__)
print(session.in_transaction())
with session.begin():
    session.add(Note(text="first"))
    print(session.in_transaction())
print(session.in_transaction())
session.begin()
session.add(Note(text="second"))
session.commit()
try:
    session.add(Note(text="third"))
except InvalidRequestError:
    print("needs begin again")
other = Session(engine)
print(other.in_transaction())
other.add(Note(text="auto"))
print(other.in_transaction())
try:
    with other.begin():
        pass
except InvalidRequestError as e:
    print(type(e).__name__)
other.commit()
with session.begin():
    print(session.scalars(select(Note.text).order_by(Note.id)).all())
