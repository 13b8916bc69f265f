from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timezone, tzinfo

utc = ZoneInfo("UTC")
print(utc, repr(utc), utc.key, isinstance(utc, tzinfo))
d = datetime(2024, 5, 1, 12, tzinfo=utc)
print(d, d.tzname(), d.utcoffset(), d.dst(), repr(d))
print(d.astimezone(timezone.utc) == d, d.strftime("%Z %z"))
print(ZoneInfo("UTC") is ZoneInfo("UTC"), ZoneInfo("Etc/UTC").key)
gmt5 = ZoneInfo("Etc/GMT+5")
local = d.astimezone(gmt5)
print(local, local.tzname(), repr(local.tzinfo), str(gmt5))
print(datetime(2024, 1, 1, tzinfo=ZoneInfo("Etc/GMT-14")).tzname(), ZoneInfo("GMT").tzname(None))
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, isinstance(e, KeyError))
try:
    ZoneInfo("../etc/passwd")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(ZoneInfoNotFoundError, KeyError), ZoneInfo.__module__)
