import string
from string import Template

print(string.ascii_lowercase, string.digits, string.hexdigits)
print(len(string.punctuation), string.ascii_uppercase[:5], repr(string.whitespace))
print(string.capwords("  hello   wide  world "), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="tim", what="apple"))
print(t.safe_substitute(who="ann"))
print(Template("$x and $y").substitute({"x": 1}, y=2))
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(all(c in string.printable for c in "Hi there!\n"))
