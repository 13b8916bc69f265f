from datetime import datetime, tzinfo, timedelta, timezone
class Eastern(tzinfo):
    """US Eastern with a simplified DST rule: second Sunday of March to first Sunday of November."""
    def _dst_start_end(self, year):
        march = datetime(year, 3, 8, 2)
        start = march + timedelta(days=(6 - march.weekday()) % 7)
        nov = datetime(year, 11, 1, 2)
        end = nov + timedelta(days=(6 - nov.weekday()) % 7)
        return start, end
    def dst(self, dt):
        start, end = self._dst_start_end(dt.year)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
tz = Eastern()
winter = datetime(2024, 1, 10, 9, tzinfo=tz)
summer = datetime(2024, 7, 10, 9, tzinfo=tz)
for d in (winter, summer):
    print(d, d.tzname(), d.utcoffset(), d.dst(), f"{d:%H:%M %Z}")
print(summer - winter)
moved = winter + timedelta(days=180)
print(moved, moved.tzname())
utc_noon = datetime(2024, 7, 10, 16, tzinfo=timezone.utc)
print(utc_noon.astimezone(tz), summer == utc_noon, summer < utc_noon, (summer - timedelta(hours=1)).tzname())
class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
try:
    datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as e:
    print("TypeError:", e)
