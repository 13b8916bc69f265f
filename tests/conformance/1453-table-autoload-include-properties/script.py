from sqlalchemy import select
from sqlalchemy.orm import Session

print([c.name for c in Product.__table__.columns], hasattr(Product, "internal"))
with Session(engine) as s:
    print(s.scalars(select(Product).order_by(Product.price.desc())).all())
    s.add(Product(name="nib", price=1))
    s.flush()
    print(s.execute(select(Product.__table__).order_by(Product.__table__.c.id)).all())
