from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday())
print(d.strftime("%d/%m/%Y %a %b %j"), d.isoformat(), repr(d))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt.replace(year=2020), dt.date(), dt.time())
delta = datetime(2024, 3, 1) - datetime(2023, 3, 1, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=25, minutes=3), timedelta(days=-1, seconds=5), str(timedelta(microseconds=1500)))
print(datetime.strptime("2021-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2022-01-02T03:04:05"))
print(date.fromisoformat("2020-02-29").replace(day=1), date(2024, 1, 1) < date(2024, 1, 2))
print(f"{dt:%Y-%m-%d %H:%M}", "{:%B %d, %Y}".format(d), dt.strftime("%I:%M %p"))
print(time(9, 30), time(14, 5, 7).isoformat(), time(9, 30) < time(10))
ages = [date(1990, 5, 17), date(2000, 12, 1)]
today = date(2024, 6, 1)
print([today.year - b.year - ((today.month, today.day) < (b.month, b.day)) for b in ages])
print(sorted([date(2024, 1, 5), date(2023, 7, 1)]), max(ages).toordinal() - min(ages).toordinal())
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
print((date(2024, 12, 25) - date(2024, 1, 1)).days, timedelta(weeks=2) // timedelta(days=3))
