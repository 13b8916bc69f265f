class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"
template = "Dear {name}, your order #{order} ships on {date}."
print(template.format_map(SafeDict(name="Ann", order=42)))
print("{greeting}, {who}!".format_map({"greeting": "Hi", "who": "there"}))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "a b a c a".split():
    c[w] += 1
print(c, "z" in c, c.get("z"), c["z"], "z" in c)
from string import Template, Formatter
t = Template("$item costs $$${price}")
print(t.substitute(item="tea", price="3"), t.safe_substitute(item="tea"))
print([p[1] for p in Formatter().parse("a {x} b {y!r:>3}")])
vals = {"n": 3.14159, "w": 8}
print("{n:{w}.2f}|".format(**vals), "%(n).1f" % vals)
