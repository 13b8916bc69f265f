import re

print(re.sub(r"\s+", " ", "too   many    spaces"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 10), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"o", "0", "foo boo", count=2))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"\.", r"\\", "a.b"))
print(re.sub("-", "\n", "a-b").split("\n"), re.sub(r"(?i)HELLO", "bye", "Hello hello"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error")
