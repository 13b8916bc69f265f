import re

text = "Café naïve résumé 42 ٣ x_1"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d", text), re.findall(r"\d", text, flags=re.A))
print(re.sub(r"\W+", "-", text, flags=re.ASCII))
print(re.findall(r"[\w]+", "ünï x", re.ASCII), re.findall(r"[^\W\d]+", "ab1 é", re.ASCII))
print(re.split(r"\s+", "a\u00a0b c", flags=re.ASCII), re.split(r"\s+", "a\u00a0b c"))
print(re.findall(r"\bé\w*", "é é1 xé", re.ASCII), re.findall(r"\bé\w*", "é é1 xé"))
p = re.compile(r"^[\w.]+@[\w.]+$", re.ASCII | re.IGNORECASE)
for addr in ("bob@example.com", "jörg@example.com", "A.B@C.D"):
    print(addr, bool(p.match(addr)))
print(re.ASCII, re.A | re.M, re.ASCII.value, int(re.ASCII | re.IGNORECASE))
