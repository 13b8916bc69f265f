import re

patterns = [r"(unclosed", r"(a(b)", r"a)", r"*a", r"x|+", r"a**", r"a{2}{3}", r"[abc", "ab\\", r"\q", r"a*?*"]
for p in patterns:
    try:
        re.compile(p)
        print("ok", p)
    except re.error as e:
        print(f"{p!r:12} {e.msg!r} pos={e.pos} | {e}")
try:
    re.compile("(?x)\n  (\\d+)  # number\n  (  # open\n")
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, "|", e)
for ok in [r"a*?b+?", r"[]x]", r"x{,3}", r"a{b", r"(?P<n>\w)(?P=n)"]:
    print(ok, bool(re.compile(ok)))
