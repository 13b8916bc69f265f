session = Session(engine)
with session.begin() as trans:
    print(type(trans).__name__, trans is session.get_transaction(), trans.is_active, trans.nested, trans.parent)
    print(trans.session is session)
    session.add(Note(text="first"))
print(trans.is_active, session.get_transaction())

trans = session.begin()
print(trans is session.get_transaction(), session.get_transaction() is session.get_transaction())
session.add(Note(text="second"))
trans.commit()
print(trans.is_active, session.get_transaction())

trans = session.begin()
session.add(Note(text="never"))
trans.rollback()
print(session.in_transaction(), session.scalars(select(Note.text).order_by(Note.id)).all())
session.commit()

sp_parent = session.begin()
sp = session.begin_nested()
print(sp.nested, sp.parent is sp_parent, session.get_transaction() is sp_parent)
session.add(Note(text="nested"))
sp.commit()
sp_parent.commit()

with sessionmaker(engine).begin() as other:
    print(type(other).__name__)
    other.add(Note(text="maker"))

with Session(engine) as s3, s3.begin():
    print(s3.in_transaction(), s3.scalars(select(Note.text).order_by(Note.id)).all())
