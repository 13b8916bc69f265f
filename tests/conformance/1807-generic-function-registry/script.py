from sqlalchemy import select, func, literal
from sqlalchemy.orm import Session

with Session(engine) as s:
    s.add_all([Product(name="lamp", price=12.5), Product(name="desk", price=80), Product(name="mug", price=4)])
    s.commit()
    q = select(Product.name, func.strlen(Product.name).label("n")).where(func.STRLEN(Product.name) > 3).order_by(Product.id)
    print(q)
    print(s.execute(q).all())
    print(select(func.txt.upper(Product.name)))
    print(s.scalars(select(func.txt.upper(Product.name)).order_by(Product.id)).all())
    print(select(strlen(Product.name), upper_name("x"), ifnull(Product.price, 0)))
    print(func.strlen(Product.name).type, strlen("a").type, func.txt.upper("a").type, ifnull(Product.price, 0).type, func.julianday("now").type)
    print(func.length(Product.name).type, func.upper_name("a"), julianday.identifier, strlen.name, strlen.identifier)
    print(s.scalar(select(func.ifnull(None, "fallback"))), s.scalar(select(strlen(literal("hello")))))
