from datetime import datetime, tzinfo, timedelta, timezone


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def tzname(self, dt):
        return "EST"

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "EST()"


est = EST()
d = datetime(2024, 1, 15, 12, 0, tzinfo=est)
print(d, repr(d))
print(d.strftime("%Y-%m-%d %H:%M %Z %z"), d.tzname(), d.utcoffset(), d.dst())
print(d.tzinfo is est, d.isoformat(), d.timetuple().tm_isdst)
u = d.astimezone(timezone.utc)
print(u, u.tzname())
back = u.astimezone(est)
print(back, back == d, back.tzinfo is est)
later = d + timedelta(days=1)
print(later, later.tzname(), repr(later.replace(hour=1)))
print(d.replace(tzinfo=None), d - datetime(2024, 1, 15, 17, tzinfo=timezone.utc))
print(d.timetz(), d.time(), d.timetz().tzname())
try:
    datetime(2024, 1, 1) < d
except TypeError as e:
    print("TypeError:", e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
