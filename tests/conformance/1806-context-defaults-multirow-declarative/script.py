from sqlalchemy import insert, update, select
from sqlalchemy.orm import Session

with engine.begin() as conn:
    conn.execute(insert(Part).values(kind="bolt", qty=4))
    conn.execute(insert(Part.__table__).values([{"kind": "nut", "qty": 9}, {"kind": "washer", "qty": None}, {"kind": "screw", "qty": 2}]))
    conn.execute(insert(Part), [{"kind": "gear", "qty": 1}, {"kind": "cog", "qty": None}])
    conn.execute(update(Part).where(Part.kind == "nut").values(label="hex"))
    conn.execute(update(Part).where(Part.kind == "cog").values(qty=3))
with Session(engine) as s:
    s.add(Part(kind="spring", qty=12))
    s.commit()
    for p in s.scalars(select(Part).order_by(Part.id)):
        print(p.id, p.kind, p.code, p.label, p.audit)
