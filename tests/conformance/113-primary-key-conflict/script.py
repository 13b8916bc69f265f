session.add_all([Room(number=101, wing="east"), Room(number=205, wing="west")])
session.commit()
print([(r.number, r.wing) for r in session.query(Room).order_by(Room.number)])

session.add(Room(number=300, wing=None))
try:
    session.commit()
except IntegrityError:
    print("wing is required")
    session.rollback()

session.expunge_all()
session.add(Room(number=101, wing="north"))
try:
    session.commit()
except IntegrityError as e:
    print("caught", e.__class__.__name__)
    session.rollback()
print(session.query(Room).count())
session.add(Room(number=400, wing="south"))
session.add(Room(number=205, wing="again"))
session.commit()
