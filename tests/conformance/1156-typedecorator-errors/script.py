import datetime
from sqlalchemy import create_engine, select, TypeDecorator, Integer
from sqlalchemy.orm import Session

print([(c.name, repr(c.type)) for c in Event.__table__.columns])
try:
    class NoImpl(TypeDecorator):
        cache_ok = True
    NoImpl()
except AssertionError as e:
    print("AssertionError:", e)

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Event(name="  launch  ", duration=datetime.timedelta(minutes=90)))
    s.commit()
    ev = s.scalars(select(Event).filter_by(name=" launch")).one()
    print(repr(ev.name), ev.duration, ev.duration.total_seconds())
    print(s.scalar(select(Event.id).where(Event.duration > datetime.timedelta(hours=1))))
