from sqlalchemy import create_engine, select, text, insert
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
with Session(engine) as s:
    e = Event(name="launch", at=datetime(2024, 6, 1, 23, 45, tzinfo=ist), plain=datetime(2024, 6, 1, 1, 0, tzinfo=utc))
    s.add(e)
    s.add(Event(name="late", at=datetime(2024, 6, 1, 20, 0, tzinfo=utc)))
    s.commit()
    print(e.at, e.at.tzinfo, e.plain)
    print(s.scalars(select(Event.name).where(Event.at > datetime(2024, 6, 1, 21, 0, tzinfo=utc)).order_by(Event.at)).all())
    s.execute(insert(log), [{"ts": datetime(2024, 1, 2, 3, 4, 5, tzinfo=ist)}, {"ts": datetime(2024, 1, 2, 3, 4, 5)}])
    print(s.execute(select(log.c.ts)).scalars().all())
    s.execute(text("INSERT INTO log (ts) VALUES (:ts)"), {"ts": datetime(2024, 1, 2, 3, 4, 5, tzinfo=ist)})
    print(s.execute(text("SELECT ts FROM log ORDER BY id")).scalars().all())
Base.metadata.drop_all(engine)
