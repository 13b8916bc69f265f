session = Session()
session.add_all([Member(name='ann'), Member(name='bob')])
session.add_all([Book(title='Dune'), Book(title='Emma'), Book(title='Ulysses')])
session.commit()
borrow(session, 'ann', 'Dune', 1)
borrow(session, 'bob', 'Emma', 2)
for args in (('bob', 'Dune', 3), ('ann', 'Missing', 3)):
    try:
        borrow(session, *args)
    except LibraryError as e:
        print('error:', e)
print(session.query(Book).order_by(Book.title).all())
print('days:', give_back(session, 'Dune', 15))
borrow(session, 'bob', 'Dune', 16)
print([(l.book.title, l.day_out, l.day_back) for l in session.query(Member).filter_by(name='bob').one().loans])
stats = session.query(Member.name, func.count(Loan.id)).outerjoin(Member.loans).group_by(Member.id).order_by(Member.name).all()
print(stats)
print(session.query(Book.title).filter(Book.available).order_by(Book.title).all())
try:
    give_back(session, 'Ulysses', 20)
except Exception as e:
    print(type(e).__name__)
print(session.query(Loan).filter(Loan.day_back == None).count())
