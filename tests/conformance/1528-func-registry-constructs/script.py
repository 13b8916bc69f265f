import datetime
from sqlalchemy import create_engine, select, func, String, Integer, Float, literal_column
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([
        Event(title="Kickoff", day="2024-03-05", seats=40),
        Event(title="Retro", day="2024-11-20", seats=12),
    ])
    s.commit()

    # func.cast / func.CAST are the Cast construct, not a generic SQL function
    as_text = func.cast(Event.seats, String)
    print(type(as_text).__name__, repr(as_text.type))
    print(select(Event.title + " (" + as_text + ")").order_by(Event.id))
    print(s.scalars(select(Event.title + " (" + as_text + ")").order_by(Event.id)).all())
    rows = s.execute(select(Event.id, func.CAST(Event.seats, Float).label("f"))).all()
    print(rows, rows[0]._fields)
    print(s.execute(select(func.cast(Event.title, Integer))).all())

    # func.extract is Extract (SQLite renders it with strftime)
    month = func.extract("month", Event.day)
    print(type(month).__name__, repr(month.type))
    print(select(Event.title, month))
    print(s.execute(select(Event.title, month).order_by(Event.id)).all())

    # registry return types
    for f in [func.random(), func.count(), func.max(Event.day), func.coalesce(Event.seats, 0),
              func.char_length(Event.title), func.concat(Event.title, "!"), func.sum(Event.seats),
              func.current_date(), func.now(), func.pow(Event.seats, 2), func.lower(Event.title)]:
        print(type(f).__name__, repr(f.type), f)
    print(s.execute(select(func.max(Event.day), func.sum(Event.seats), func.char_length(Event.title))
                    .group_by(Event.title).order_by(Event.title)).all())
    print(type(s.scalar(select(func.abs(func.random()) >= 0))).__name__)
