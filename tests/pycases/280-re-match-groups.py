import re

m = re.match(r"(\d{4})-(\d{2})-(\d{2})", "2024-03-15 is a date")
print(m.group(0), m.group(1), m.group(2, 3), m.groups())
print(m.start(), m.end(), m.span(1), m[3], m.lastindex)
print(re.match(r"\d+", "abc123"), re.match(r"abc", "abc123").group())
opt = re.match(r"(\w+)(?:\s(\w+))?", "single")
print(opt.groups(), opt.groups("none"), opt.group(2), opt.span(2))
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
print(bool(re.match("", "x")), re.match(r"a*", "bbb").span())
