from sqlalchemy import select, insert, func
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable
from sqlalchemy.dialects import sqlite

print(CreateTable(Item.__table__))
print(CreateTable(ticket))
print(CreateTable(ticket).compile(dialect=sqlite.dialect()))
with Session(engine) as s:
    o = Order(items=[Item(name="pen", qty=3, price=2), Item(name="cup", qty=1, price=7)])
    s.add(o)
    s.flush()
    print(o.items)
    o.items[0].qty = 10
    s.flush()
    print(o.items[0].total, o.items[0].label)
    print(s.execute(select(Item.name, Item.total).where(Item.total > 6).order_by(Item.id)).all())
    print(s.scalar(select(func.sum(Item.total))))
    s.commit()
with engine.begin() as conn:
    conn.execute(insert(ticket), [{"title": "a"}, {"title": "b"}])
    print(conn.execute(select(ticket)).all())
