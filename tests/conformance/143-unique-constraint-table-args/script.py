session.add_all([Booking(room="r1", day=1, guest="a"), Booking(room="r1", day=2, guest="b"), Booking(room="r2", day=1, guest="c")])
session.commit()
attempts = [("r2", 2, "d"), ("r1", 1, "e"), ("r3", 1, "f")]
for room, day, guest in attempts:
    try:
        with session.begin_nested() if False else session.no_autoflush:
            session.add(Booking(room=room, day=day, guest=guest))
        session.commit()
        print("booked", room, day, guest)
    except IntegrityError:
        session.rollback()
        print("taken", room, day)
print(session.query(Booking).count())
print([b.guest for b in session.query(Booking).filter_by(day=1).order_by(Booking.room)])
