import pprint

rows = [{"id": i, "name": "user%d" % i, "score": i * 1.5, "active": i % 2 == 0} for i in range(4)]
pprint.pp(rows)
pprint.pp({"z": 1, "a": 2})
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
print(pprint.pformat(rows[0], width=1))
print(pprint.pformat(rows[:2], indent=2, width=50))
pprint.pprint(rows, depth=1)
pprint.pprint([], width=1)
pprint.pprint((1,), width=1)
pprint.pprint("s", width=1)
