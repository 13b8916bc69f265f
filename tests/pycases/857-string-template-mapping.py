from string import Template
from collections import ChainMap


class Row:
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, key):
        return self.kw[key].upper()


t = Template("$user logged in from $ip at ${time}")
print(t.substitute(user="ann", ip="10.0.0.1", time="noon"))
print(t.substitute(ChainMap({"user": "bob"}, {"ip": "::1", "time": "dusk"})))
print(t.safe_substitute({"user": "cy"}, time="late"))
print(t.substitute({"user": "x", "ip": "y", "time": "z"}, user="override"))
print(Template("$name").substitute(Row(name="dee")))
print(Template("$a$b${c}d").substitute(a=1, b=2.5, c=None))
print(t.get_identifiers(), t.is_valid())
print(Template("$$ $ bad").is_valid(), Template("$$x").get_identifiers())
print(Template("line1\n  $ oops").safe_substitute())
try:
    Template("line1\n  $ oops").substitute()
except ValueError as e:
    print(e)
print(Template("${a}").template, type(Template("")).__name__)
