from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

try:
    Author("x")
except TypeError as e:
    print("TypeError", e)
au = Author(name="Le Guin")
b1 = Book("Earthsea", author=au)
b2 = Book("the dispossessed", au, True)
print(au)
print(b2.title, len(au.books))
engine = create_engine("sqlite://")
reg.metadata.create_all(engine)
with Session(engine) as s:
    s.add(au)
    s.commit()
    print(s.scalars(select(Book.title).order_by(Book.title)).all())
    print([t.name for t in reg.metadata.sorted_tables])
