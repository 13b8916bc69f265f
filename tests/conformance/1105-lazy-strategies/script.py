from sqlalchemy.exc import InvalidRequestError

s = Session()
a = Author(name="Le Guin", books=[Book(title="Earthsea"), Book(title="Dispossessed")])
b = Author(name="Banks", books=[Book(title="Excession")])
s.add_all([a, b])
s.add(Award(name="Hugo", author_id=1))
s.add(Note(body="n1", author_id=1))
s.commit()
s.close()

s = Session()
authors = s.query(Author).order_by(Author.id).all()
s.close()
print([(x.name, x.books) for x in authors])
try:
    print(authors[0].awards)
except InvalidRequestError as e:
    print(type(e).__name__)

s = Session()
au = s.query(Author).filter_by(name="Le Guin").one()
print(au.notes, len(au.books))
try:
    au.awards
except InvalidRequestError as e:
    print("raise:", type(e).__name__)
au2 = s.query(Author).options(selectinload(Author.awards)).filter_by(id=1).one()
print([w.name for w in au2.awards], au2 is au)
s.close()

s = Session()
bk = s.query(Book).filter(Book.title == "Excession").one()
s.close()
print(bk.author)
s = Session()
bk = s.query(Book).options(lazyload(Book.author)).filter(Book.title == "Excession").one()
s.close()
try:
    print(bk.author)
except Exception as e:
    print(type(e).__name__)
s = Session()
bk = s.query(Book).options(raiseload("*")).filter(Book.id == 1).one()
try:
    bk.author
except InvalidRequestError:
    print("raiseload")
rows = s.query(Author).join(Author.books).filter(Book.title.like("E%")).options(contains_eager(Author.books)).populate_existing().order_by(Author.id).all()
print([(r.name, r.books) for r in rows])
n = s.query(Author).options(noload(Author.books)).populate_existing().filter_by(id=2).one()
print(n.books)
s.close()
