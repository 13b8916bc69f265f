import datetime
from datetime import datetime as DT, date, timedelta, timezone, time
d = DT(2024, 1, 2, 3, 4, 5)
print(repr(d), str(d), d.isoformat())
print(repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 5, 123)))
print(repr(timedelta(days=1, seconds=3600)), timedelta(days=1, seconds=3600), timedelta(hours=-1), repr(timedelta()))
print(d + timedelta(days=30), d - DT(2023, 12, 25), (d - DT(2023, 12, 25)).total_seconds())
print(d.strftime("%Y %m %d %H %M %S %f %b %B %a %A %j %p %y %I %%"), f"{d:%d/%m/%Y}", f"{d}")
print(isinstance(d, date), isinstance(d, DT), type(d).__name__, type(d))
print(d.date(), d.time(), repr(d.date()), repr(d.time()), d.year, d.month, d.day, d.hour, d.tzinfo)
print(DT.fromisoformat("2024-02-29T12:30:00"), date.fromisoformat("2024-03-01"), d.replace(year=2020, hour=0))
print({d: 1}[DT(2024, 1, 2, 3, 4, 5)], d < DT(2025, 1, 1), d == DT(2024, 1, 2, 3, 4, 5), d != d)
print(repr(timezone.utc), timezone.utc, DT(2024, 1, 2, tzinfo=timezone.utc), repr(DT(2024, 1, 2, tzinfo=timezone.utc)))
print(repr(datetime.datetime(2024,5,6)), date(2024,1,31) + timedelta(days=1), timedelta(days=1).days, timedelta(seconds=-1).seconds)
print(timedelta(hours=1) * 2, timedelta(hours=3) / timedelta(hours=1), timedelta(minutes=90) // 2, -timedelta(days=1, microseconds=5))
print(date(2024, 1, 2).weekday(), repr(time(3, 4)), time(13, 5).strftime("%I:%M %p"), sorted([date(2024,1,3), date(2023,5,5)]))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
