session = Session(engine)
stmt = select(Author).options(selectinload(Author.books).load_only(Book.title)).order_by(Author.id)
for author in session.scalars(stmt):
    for book in author.books:
        print(author.name, book.title, sorted(inspect(book).unloaded))
session.close()
stmt = select(Author).options(selectinload(Author.books).defer(Book.summary, raiseload=True)).order_by(Author.id)
books = [b for a in session.scalars(stmt) for b in a.books]
print([b.title for b in books], sorted(inspect(books[0]).unloaded))
try:
    books[0].summary
except Exception as e:
    print(type(e).__name__)
