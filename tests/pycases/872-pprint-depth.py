import pprint

tree = {"a": {"b": {"c": {"d": 1}}}, "l": [1, [2, [3, [4]]]], "t": (1, (2, (3,)))}
for d in [1, 2, 3]:
    print(d, pprint.pformat(tree, depth=d))
pprint.pprint([{}, [], (), {"x": []}], depth=1)
pprint.pprint([[[[[]]]]], depth=2)
pprint.pprint(tree, depth=2, width=20)
print(pprint.pformat({1: {2: {3: 4}}}, depth=0) if False else pprint.pformat([1, [2]], depth=1))
