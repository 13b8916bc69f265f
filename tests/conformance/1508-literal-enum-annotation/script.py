from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

print(CreateTable(Shirt.__table__))
for c in Shirt.__table__.c:
    print(c.name, repr(c.type), getattr(c.type, "enums", None), c.nullable)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Shirt(label="small"), Shirt(size="XL", fit="slim", label="large")])
    s.commit()
    print(s.execute(select(Shirt.size, Shirt.fit, Shirt.label).order_by(Shirt.id)).all())
