from datetime import datetime, date, timedelta

when = datetime(2024, 3, 4, 9, 5, 7)
print(when.strftime("%a, %B %-d at %-I:%M %p"))
print(when.strftime("%c"), "|", when.strftime("%x %X"), "|", when.strftime("%D %R %T %r"))
print(when.strftime("[%e] [%k] [%l] [%P] [%C] [%y] [%j] [%-j] [%-m/%-d/%Y]"))
print(when.strftime("%G-W%V-%u %g %U %W %w %s"))
print(when.strftime("%^a %^B %#p %_m %_d %10B| %-H:%-M:%-S %n%t%% %Q"))
for d in [date(2021, 1, 1), date(2020, 12, 31), date(2024, 12, 30), date(2023, 1, 1), date(2018, 12, 31)]:
    print(d, d.strftime("%G %V %U %W %u %w %a %j %e"))
print(f"{when:%-d.%-m.%Y %l:%M%P}", "{:%D}".format(date(1999, 7, 9)))
start = date(2024, 2, 26)
print([(start + timedelta(weeks=i)).strftime("%U %W %u %w") for i in range(3)])
print(datetime(2000, 1, 1, 0, 0, 1).strftime("%s %Ec %Ox %OH"))
