import pprint

pp = pprint.PrettyPrinter(indent=4, width=40)
data = {"users": [{"name": "ann", "groups": ["admin", "dev", "ops"]}, {"name": "bob", "groups": []}], "total": 2}
pp.pprint(data)
s = pp.pformat(data["users"])
print(s.count("\n"), repr(s[:20]))
print(pp.isrecursive(data), pp.isreadable(data))
pp2 = pprint.PrettyPrinter(width=20, depth=2, compact=True)
pp2.pprint([list(range(10)), [[1, 2], [3]]])
print(pprint.PrettyPrinter(sort_dicts=False).pformat({"b": 1, "a": 2}))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError", e)
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError", e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print("ValueError", e)
