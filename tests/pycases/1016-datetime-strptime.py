from datetime import datetime, date, timezone, timedelta
print(datetime.strptime("10/03/2024", "%d/%m/%Y"))
print(datetime.strptime("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"))
print(repr(datetime.strptime("Mar 5 2021  7:30PM", "%b %d %Y %I:%M%p")))
print(datetime.strptime("Sunday, 10 March 24", "%A, %d %B %y"), datetime.strptime("2024-070", "%Y-%j"))
print(datetime.strptime("12:30:15.25", "%H:%M:%S.%f"), datetime.strptime("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("2024-01-01 00:00Z", "%Y-%m-%d %H:%M%z").tzinfo)
for s, f in [("2024-1-1", "%d/%m/%Y"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
rows = ["2024-05-01,12.5", "2023-12-31,7.0"]
parsed = sorted((datetime.strptime(d, "%Y-%m-%d").date(), float(v)) for d, v in (r.split(",") for r in rows))
print(parsed)
