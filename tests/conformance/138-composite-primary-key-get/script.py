for r in ["A", "B"]:
    for n in range(1, 4):
        session.add(Seat(row=r, number=n, holder=None if n == 2 else f"{r.lower()}{n}"))
session.commit()

print(session.get(Seat, ("A", 3)))
print(session.get(Seat, {"row": "B", "number": 1}))
print(session.get(Seat, ("C", 1)))
free = session.query(Seat).filter(Seat.holder.is_(None)).order_by(Seat.row).all()
print("free:", free)
s = session.get(Seat, ("B", 2))
s.holder = "zed"
session.commit()
print(session.query(Seat).filter_by(row="B").order_by(Seat.number.desc()).all())
session.add(Seat(row="A", number=1, holder="dup"))
session.commit()
