from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

for cls in (Author, Book, Employee, Manager, Temp):
    print(cls.__name__, cls.__table__.name, [c.name for c in cls.__table__.c])
print(sorted(Base.metadata.tables))
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    a = Author(name="Le Guin", books=[Book(title="Lathe"), Book(title="Tehanu")])
    s.add_all([a, Manager(name="Ann", level=3), Temp(name="Tim", agency="X")])
    s.commit()
    print([(b.id, b.title, b.created, b.author_id) for b in s.scalars(select(Book).order_by(Book.id))])
    print(a.updated, a.created, a.id)
    print([(type(e).__name__, e.id, e.name) for e in s.scalars(select(Employee).order_by(Employee.id))])
    print(s.scalars(select(Manager.level)).all(), s.scalar(select(Temp.agency)))
