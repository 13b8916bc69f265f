# re flags are RegexFlag members that print as re.NAME and combine with |
import re

print(re.IGNORECASE, re.I | re.M, repr(re.DOTALL), re.VERBOSE | re.ASCII)
print(int(re.I), re.I == 2, re.I | re.M == 10, isinstance(re.I, int))
print(re.NOFLAG, re.RegexFlag.MULTILINE, type(re.S).__name__)
flags = re.I
flags |= re.S
print(flags, bool(flags & re.I), bool(flags & re.M))
pattern = re.compile(r"""
    (?P<user>\w+)   # the name
    @ (?P<host>[\w.]+)
""", re.VERBOSE | re.IGNORECASE)
m = pattern.search("mail BOB@Example.com now")
print(m.group("user"), m.group("host"), m.span())
print(re.findall(r"^\w+", "ab\ncd", flags=re.M), re.findall("a.b", "a\nb", re.S))
print(re.sub("x", "y", "XxX", flags=re.I), re.split(r"\s*;\s*", "a ; b;c"))
print(re.escape("a.b*c?"), re.fullmatch(r"(?i)abc", "ABC") is not None)
