from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
print(repr(Note.__table__.c.data.type), str(Note.__table__.c.tags.type), repr(Note.__table__.c.tags.type))
print(isinstance(Note.__table__.c.data.type, JSONEncoded), Note.__table__.c.data.type.impl)
with Session(engine) as session:
    session.add_all([
        Note(title="first", data={"k": [1, 2]}, tags={"b", "a"}),
        Note(title="second", data=None, tags={"x"}),
    ])
    session.commit()
    n = session.get(Note, 1)
    print(n.data, n.data["k"][1], sorted(n.tags))
    n.data = {"k": [], "new": True}
    n.tags = n.tags | {"c"}
    session.commit()
    for note in session.scalars(select(Note).order_by(Note.id)):
        print(note.id, note.title, note.data, sorted(note.tags))
    print(session.execute(select(Note.title, Note.tags).where(Note.tags == {"x"})).all())
    print(session.scalars(select(Note.data).where(Note.id.in_([1, 2]))).all())
