from sqlalchemy import create_engine, select, insert
from sqlalchemy.schema import CreateTable

print(CreateTable(product))
print(repr(product.c.code.type), repr(product.c.price.type))
engine = create_engine("sqlite://", echo=True)
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(product.insert().values(id=1, code="ab1", price=9.99))
    conn.execute(product.insert().values(id=2, code="cd2", price=0.5))
with engine.connect() as conn:
    rows = conn.execute(select(product).order_by(product.c.id)).all()
    print(rows)
    print(conn.execute(select(product.c.id).where(product.c.code == "cd2")).scalar())
    print(conn.execute(select(product.c.code).where(product.c.price > 1)).scalars().all())
    print(conn.execute(select(product.c.id).where(product.c.code.in_(["ab1", "zz"]))).all())
    stmt = select(product.c.id).where(product.c.price == 0.5)
    print(stmt)
