le_guin = Author(name="Ursula K. Le Guin", country="US")
le_guin.books = [
    Book(title="The Dispossessed", year=1974, pages=387),
    Book(title="A Wizard of Earthsea", year=1968, pages=183),
]
lem = Author(name="Stanislaw Lem")
session.add_all([le_guin, lem])
Book(title="Solaris", year=1961, author=lem)
session.add(Book(title="The Cyberiad", year=1965, pages=295, author=lem))
session.commit()

print(le_guin.books)
print(lem, lem.books, lem.country)
for a in session.query(Author).order_by(Author.name.desc()):
    print(f"{a.name}: {len(a.books)} book(s)")
print(session.query(Book).count(), "books")
page = session.query(Book).order_by(Book.year).offset(1).limit(2).all()
print("page:", [b.title for b in page])
no_pages = session.query(Book).filter(Book.pages.is_(None)).all()
print("no pages:", no_pages)
print("after 1966:", [b.title for b in session.query(Book).filter(Book.year > 1966).order_by(Book.title)])
b = session.query(Book).filter_by(title="The Cyberiad").one()
print(b.author.name, b.author_id)
