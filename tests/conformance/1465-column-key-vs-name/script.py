from sqlalchemy import create_engine, select, insert
from sqlalchemy.orm import Session

print(Person.__table__.c.keys(), inspect(Person).columns.keys())
print(Item.__table__.columns.keys(), [c.name for c in Item.__table__.c], inspect(Item).columns.keys())
print(Person.__table__.c.full_name.name, Item.__table__.c["item_label"].type)
print(inspect(Item).columns["label"].name, inspect(Person).c.name.key)
print(Item.__dataclass_params__.eq, Item.__dataclass_params__.frozen, Point.__dataclass_params__)
print(Point.__dataclass_params__.order, dataclasses.fields(Item)[0].name)
engine = create_engine("sqlite://")
Legacy.metadata.create_all(engine)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.execute(insert(Person.__table__).values(full_name="Ann", email_address="a@x"))
    s.add(Item(label="bolt", qty=3))
    s.commit()
    p = s.scalars(select(Person)).one()
    print(p.name, p.email_address, [c.key for c in inspect(Person).columns])
    print(s.execute(select(Item.__table__.c.item_label, Item.qty)).all())
