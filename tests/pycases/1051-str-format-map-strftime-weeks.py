# str.format_map looks names up in the mapping (a dict subclass's __missing__ applies); strftime week codes.
from datetime import date, datetime
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"
template = "Dear {name}, order #{order:>4} ships on {date}."
print(template.format_map(SafeDict(name="Ann", order=42)))
print("{a[0]}-{b.real}".format_map({"a": [7], "b": 2}), "{x:{w}}|".format_map({"x": 3, "w": 5}))
for bad in ["{0}", "{missing}"]:
    try:
        bad.format_map({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
for d in [date(2024, 1, 1), date(2024, 2, 26), date(2023, 1, 1), date(2024, 12, 31), date(2021, 1, 3)]:
    print(d.strftime("%a %U %W %u %j %e| %D %x %C"))
moment = datetime(2024, 3, 5, 14, 7, 9)
print(moment.strftime("%c|%X|%R|%r"), datetime(2024, 3, 5, 0, 5).strftime("%r %I %p"))
