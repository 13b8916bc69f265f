def keys(obj):
    return sorted(k for k in obj.__dict__ if not k.startswith("_"))

for opt in (
    defaultload(Author.books).load_only(Book.title),
    lazyload(Author.books).load_only(Book.title, Book.year),
    defaultload(Author.books).defer(Book.year),
    defaultload(Author.books).undefer(Book.summary),
):
    for author in session.scalars(select(Author).options(opt).order_by(Author.id)):
        print(author.name, [(b.title, keys(b)) for b in author.books])
    book = author.books[0]
    print(book.year, book.summary, keys(book))
    session.expunge_all()

stmt = select(Author).options(defaultload(Author.books).defaultload(Book.notes).load_only(Note.text))
for author in session.scalars(stmt):
    for book in author.books:
        print(book.title, [(n.text, keys(n)) for n in book.notes])
session.expunge_all()
stmt = select(Book).options(defaultload(Book.author).load_only(Author.id)).order_by(Book.id)
for book in session.scalars(stmt):
    print(book.title, keys(book.author))
session.expunge_all()
for author in session.scalars(select(Author).order_by(Author.id)):
    print(author.name, [(b.title, keys(b)) for b in author.books])
