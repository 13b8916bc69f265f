with SessionLocal() as s:
    s.add(Author(name="Ngozi", books=[Book(title="Purple"), Book(title="Half")]))
    s.commit()

with SessionLocal() as s:
    author = s.query(Author).first()
    book = s.query(Book).filter_by(title="Half").one()
    print(book.author.name)
print(author.name, book.title, book.author.name)
try:
    print(len(author.books))
except DetachedInstanceError:
    print("books were never loaded")
with SessionLocal() as s:
    s.add(author)
    print([b.title for b in author.books])
