import pprint

d = {3: "c", "b": 2, 1.5: "f", None: 0, (1, 2): "t", "a": 1}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False)
pprint.pprint({10: 1, 2: 2, -1: 3, True: 4})
pprint.pprint({"b": {"z": 1, "y": 2}, "a": [{"d": 4, "c": 3}]}, width=20)
pprint.pprint(frozenset({3, 1, 2}))
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(set(range(25)), width=40)
pprint.pprint([set(), frozenset(), {}, [], ()])
