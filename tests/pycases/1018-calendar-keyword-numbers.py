import calendar
import keyword
import numbers
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 3, 10), calendar.day_name[0], calendar.month_name[3], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2024, 2)[0], list(calendar.Calendar().iterweekdays()))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
print(keyword.iskeyword("class"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(2.5, numbers.Integral))
print(issubclass(int, numbers.Number), isinstance(True, numbers.Rational))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2023, 7))
