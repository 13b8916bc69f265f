from datetime import datetime, date, timedelta

e = Event(name="launch", day=date(2024, 3, 1), at=datetime(2024, 3, 1, 9, 30, 15, 250))
session.add(e)
session.commit()
session.expire_all()
got = session.query(Event).first()
print(type(got.created_at).__name__, type(got.day).__name__, type(got.at).__name__)
print(repr(got.day), repr(got.at), got.at + timedelta(hours=1))
print(got.at.isoformat(), got.day.strftime("%d %b %Y"))
print(session.query(Event).filter(Event.day == date(2024, 3, 1)).count())
