from sqlalchemy.exc import StatementError

with Session(engine) as s:
    s.add_all([Shirt(size=Size.M, color="red"), Shirt(size="L", color="blue")])
    s.commit()
    print(s.scalars(select(Shirt).order_by(Shirt.id)).all())
    for size, color in [("XL", "red"), (Size.S, "pink"), ("small", "green")]:
        s.add(Shirt(size=size, color=color))
        try:
            s.commit()
            print("saved", size, color)
        except StatementError as e:
            s.rollback()
            print("rejected", size, color, type(e).__name__, type(e.orig).__name__)
    print(s.scalars(select(Shirt).where(Shirt.size == "M")).all(), s.scalars(select(Shirt.color).order_by(Shirt.color)).all())
    print(Shirt.__table__.c.size.type.enums, Shirt.__table__.c.color.type.enums, Shirt.__table__.c.size.type.length)
