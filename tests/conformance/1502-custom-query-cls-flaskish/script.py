pratchett, leguin = Author(name="Pratchett"), Author(name="Le Guin")
for t, y, a in [("Mort", 1987, pratchett), ("Guards! Guards!", 1989, pratchett), ("Small Gods", 1992, pratchett),
                ("A Wizard of Earthsea", 1968, leguin), ("The Dispossessed", 1974, leguin)]:
    db_session.add(Book(title=t, year=y, author=a))
db_session.commit()

print(type(Author.query).__name__, Author.query.count(), Book.query.filter_by(year=1987).one())
print(Author.query.get_or_404(2))
try:
    Author.query.get_or_404(7)
except NotFound as e:
    print(e)
print(Book.query.filter(Book.year > 1980).order_by(Book.year.desc()).first_or_404())
try:
    Book.query.filter(Book.title.like("Z%")).first_or_404()
except NotFound as e:
    print(e)
page = Book.query.order_by(Book.title).paginate(2, 2)
print(page)
books = pratchett.books
print(type(books).__name__, books.count(), books.filter(Book.year < 1990).order_by(Book.year).all())
print(books.order_by(Book.year.desc()).first(), pratchett.books[1:3])
pratchett.books.append(Book(title="Hogfather", year=1996))
db_session.commit()
print(pratchett.books.count(), db_session.query(func.max(Book.year)).scalar())
print(db_session.query(Author.name, func.count(Book.id)).join(Author.books).group_by(Author.name).order_by(Author.name).all())
db_session.remove()
