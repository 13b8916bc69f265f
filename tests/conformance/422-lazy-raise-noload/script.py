session.add(Author(id=1, name="Ann", books=[Book(id=1, title="A"), Book(id=2, title="B")]))
session.commit()

ann = session.get(Author, 1)
for attr in ("books", "drafts", "titles"):
    try:
        print(attr, getattr(ann, attr))
    except Exception as e:
        print(attr, type(e).__name__, e)

book = session.get(Book, 1)
print(book.title, book.author.name)  # the author is in the identity map: no SQL, no error

session.expunge(ann)
session.expire_all()
book = session.get(Book, 2)
try:
    print(book.author)
except Exception as e:
    print(type(e).__name__, e)
print(session.query(Book).count())
