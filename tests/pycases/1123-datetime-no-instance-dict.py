import json
from datetime import date, datetime, time, timedelta, timezone
values = [date(2024, 5, 1), datetime(2024, 5, 1, 12, 30), time(9, 15), timedelta(days=2), timezone.utc]
print([hasattr(v, "__dict__") for v in values])
d = date(2024, 5, 1)
try:
    d.note = "x"
except AttributeError as e:
    print("AttributeError")
class Birthday(date):
    pass
b = Birthday(2000, 1, 2)
b.owner = "ann"
print(b.owner, b.__dict__, hasattr(b, "__dict__"))
print(json.dumps({"when": d, "span": timedelta(hours=1)}, default=lambda o: o.__dict__ if hasattr(o, "__dict__") else str(o)))
