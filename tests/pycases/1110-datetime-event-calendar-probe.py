from datetime import date, datetime, timedelta
events = [("Standup", datetime(2024, 3, 4, 9, 15)), ("Retro", datetime(2024, 3, 8, 16, 0)),
          ("Launch", datetime(2024, 3, 12, 10, 30)), ("Review", datetime(2024, 3, 4, 14, 45))]
for name, when in sorted(events, key=lambda e: e[1]):
    print(f"{when:%a, %B %-d at %-I:%M %p}: {name}")
print(events[0][1].strftime("%c"))
print(events[1][1].strftime("%x %X"), events[2][1].strftime("%D %R"), events[3][1].strftime("%e|%k|%l"))
week = {}
for name, when in events:
    week.setdefault(when.strftime("%G-W%V"), []).append(name)
print(week)
start = date(2024, 3, 1)
print([(start + timedelta(weeks=i)).strftime("%U %W %u %w") for i in range(3)])
