import string
from string import Template

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.ascii_uppercase[:5], string.hexdigits, len(string.printable))
t = Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   big world"), "{0:>5}|{1:<4}|".format("a", "b"))
