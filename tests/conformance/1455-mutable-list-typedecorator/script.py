from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    c = Cart(items=["apple"], meta={"n": 1})
    s.add(c)
    s.commit()
    c.items.append("pear")
    c.items.extend(["fig", "kiwi"])
    print(c in s.dirty, type(c.items).__name__)
    s.commit()
    c.items.remove("apple")
    c.items[0] = "PEAR"
    c.meta["n"] += 1
    c.meta.setdefault("tag", "x")
    s.commit()
    del c.meta["tag"]
    c.items.pop()
    s.commit()
    print(c.items, c.meta)
    print(s.execute(select(Cart.__table__)).all())
    print(repr(Cart.__table__.c["items"].type), Cart.__table__.c.meta.type)
