from sqlalchemy import select, func, cast, Integer
from sqlalchemy.exc import StatementError

with Session(engine) as s:
    rows = [
        dict(label=12345, count="42", ratio="3.5", flag=True, note=7),
        dict(label="waytoolongvalue", count=3.7, ratio=2, flag=False, note=None),
        dict(label="x", count="abc", ratio=None, flag=None, note="  spaces  "),
        dict(label="", count=0, ratio=-0.0, flag=1, note=""),
    ]
    for r in rows:
        s.add(Record(**r))
    s.commit()
    for rec in s.scalars(select(Record).order_by(Record.id)):
        print(repr(rec.label), repr(rec.count), repr(rec.ratio), repr(rec.flag), repr(rec.note))
    s.expire_all()
    for rec in s.scalars(select(Record).order_by(Record.id)):
        print(repr(rec.label), repr(rec.count), repr(rec.ratio), repr(rec.flag), repr(rec.note))
    print(s.execute(select(func.typeof(Record.label), func.typeof(Record.count), func.typeof(Record.ratio), func.typeof(Record.flag)).order_by(Record.id)).all())
    print(s.scalars(select(Record.id).where(Record.count > 10)).all(), s.scalars(select(Record.id).where(Record.label == 12345)).all())
    print(s.scalar(select(func.sum(Record.count))), s.scalar(select(func.avg(Record.ratio))), s.scalar(select(func.count(Record.flag))))
    print(s.scalars(select(Record.id).where(Record.flag)).all(), s.scalars(select(Record.id).where(~Record.flag)).all(), s.scalars(select(Record.id).where(Record.flag.is_(None))).all())
    print(s.scalars(select(Record.id).where(Record.note == "")).all(), s.scalars(select(func.length(Record.note)).order_by(Record.id)).all())
    try:
        s.add(Record(flag="yes"))
        s.flush()
    except StatementError as e:
        print(type(e).__name__, type(e.orig).__name__)
        s.rollback()
    try:
        s.add(Record(count=[1, 2]))
        s.flush()
    except Exception as e:
        print(type(e).__name__)
        s.rollback()
    print(s.scalar(select(func.count(Record.id))))
