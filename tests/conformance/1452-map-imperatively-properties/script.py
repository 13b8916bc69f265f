from sqlalchemy import create_engine, select, inspect
from sqlalchemy.orm import Session

print(type(m).__name__, m.class_ is Author, m.local_table is author_table)
engine = create_engine("sqlite://")
metadata_obj.create_all(engine)
with Session(engine) as s:
    a = Author(name="Le Guin")
    a.books.append(Book("The Dispossessed"))
    a.books.append(Book("A Wizard of Earthsea"))
    s.add(a)
    s.commit()
    print(a.id, a.books, hasattr(a, "secret"))
    s.expire_all()
    print(s.scalars(select(Book).join(Book.author).where(Author.name == "Le Guin")).all())
    print(s.get(Author, 1), s.get(Author, 1).books[0].author)
    print(s.execute(author_table.select()).all())
try:
    mapper_registry.map_imperatively(Book, book_table)
except Exception as e:
    print(type(e).__name__, e)
try:
    Book()
except TypeError as e:
    print("TypeError")
