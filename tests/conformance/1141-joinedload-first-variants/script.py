from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.exc import InvalidRequestError

with Session(engine) as s:
    s.add_all([
        Author(name="Le Guin", books=[Book(title="Earthsea"), Book(title="The Dispossessed")]),
        Author(name="Pratchett", books=[Book(title="Mort"), Book(title="Guards! Guards!"), Book(title="Small Gods")]),
        Author(name="Nobody"),
    ])
    s.commit()

stmt = select(Author).options(joinedload(Author.books)).order_by(Author.id)

with Session(engine) as s:
    a = s.scalars(stmt.where(Author.name == "Pratchett")).first()
    print(a, a.books)
    print(s.scalar(stmt.where(Author.name == "Nobody")))
    print(s.scalar(stmt.where(Author.name == "Nobody")).books)
    print(s.scalar(stmt.where(Author.name == "ghost")))
    row = s.execute(stmt).first()
    print(type(row).__name__, row.Author, len(row.Author.books))
    print(s.scalars(stmt.where(Author.id == 99)).one_or_none())
    print(s.execute(stmt).unique().first())

for label, run in [
    ("fetchone", lambda s: s.execute(stmt).fetchone()),
    ("one", lambda s: s.scalars(stmt.where(Author.id == 1)).one()),
    ("scalar_one", lambda s: s.execute(stmt.where(Author.id == 1)).scalar_one()),
    ("iterate", lambda s: [a for a in s.scalars(stmt)]),
    ("fetchmany", lambda s: s.execute(stmt).fetchmany(2)),
    ("unique.all", lambda s: s.scalars(stmt).unique().all()),
    ("selectin.all", lambda s: s.scalars(select(Author).options(selectinload(Author.books))).all()),
    ("joined m2o all", lambda s: [b.author for b in s.scalars(select(Book).options(joinedload(Book.author)).order_by(Book.id)).all()]),
]:
    with Session(engine) as s:
        try:
            print(label, run(s))
        except InvalidRequestError as e:
            print(label, "InvalidRequestError:", e)
