from decimal import Decimal
from sqlalchemy import select, func, inspect
from sqlalchemy.schema import CreateTable, CreateIndex
from sqlalchemy.orm import Session

print(CreateTable(Brand.__table__))
print(CreateTable(Shirt.__table__))
for ix in sorted(Shirt.__table__.indexes, key=lambda i: i.name):
    print(ix.name, [c.name for c in ix.columns], CreateIndex(ix))
print(sorted(c.name for c in Shirt.__table__.constraints if c.name))
with Session(engine) as s:
    b = Brand(name="Acme")
    s.add_all([Shirt(sku="A1", size=Size.S, color="red", price=Decimal("19.99"), brand=b),
               Shirt(sku="A2", size=Size.L, size2=Size.L, color="blue", price=Decimal("24.50"), brand=b, on_sale=True)])
    s.flush()
    rows = s.execute(select(Shirt.sku, Shirt.size, Shirt.size2, Shirt.price, Shirt.on_sale).order_by(Shirt.id)).all()
    print(rows)
    print(s.execute(select(Shirt.__table__.c.size, Shirt.__table__.c.size2)).all())
    with engine.connect() as c:
        pass
    print(s.connection().exec_driver_sql("SELECT size, size2, price, on_sale FROM shirt ORDER BY id").all())
    print(s.scalar(select(func.sum(Shirt.price))), type(s.scalar(select(Shirt.price).limit(1))).__name__)
    print(inspect(engine).get_unique_constraints("shirt"), inspect(engine).get_check_constraints("shirt"))
    s.rollback()
