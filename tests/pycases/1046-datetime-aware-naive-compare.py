# Naive and aware datetimes: == is False, ordering and subtraction raise; timezone names.
from datetime import datetime, date, time, timedelta, timezone
naive = datetime(2024, 3, 1, 12)
aware = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
print(naive == aware, naive != aware, aware == aware.astimezone(timezone(timedelta(hours=2))))
for op in [lambda: naive < aware, lambda: aware >= naive, lambda: naive - aware,
           lambda: date(2024, 3, 1) < naive, lambda: naive > date(2024, 3, 1),
           lambda: time(9) < time(9, tzinfo=timezone.utc), lambda: date(2024, 3, 1) < "2024"]:
    try:
        op()
    except TypeError as e:
        print(e)
print(date(2024, 3, 1) == naive, naive.date() == date(2024, 3, 1))
est = timezone(timedelta(hours=-5), "EST")
print(est, repr(est), est.tzname(None), timezone(timedelta(hours=5, minutes=30)))
local = aware.astimezone(est)
print(local, aware.tzname(), naive.tzname(), local.utcoffset(), time(8, tzinfo=timezone.utc).tzname())
print(sorted([aware, local]) == [aware, local], local == aware)
