import re

pattern = re.compile(r"(?P<user>[\w.]+)@(?P<domain>\w+)\.(?P<tld>[a-z]{2,})")
m = pattern.search("contact: jane.doe@example.org, bob@test.io")
print(m.group("user"), m["domain"], m.groupdict())
print(pattern.groupindex, pattern.groups)
print([mm.group("tld") for mm in pattern.finditer("a@b.cc x@y.zzz")])
print(m.lastgroup, m.lastindex)
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
dup = re.search(r"(?P<ch>\w)(?P=ch)", "abccd")
print(dup.group(), dup.start())
