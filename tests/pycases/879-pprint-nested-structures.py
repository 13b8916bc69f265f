import pprint

matrix = [[i * j for j in range(8)] for i in range(6)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=30)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
pprint.pprint(graph, width=25)
nested = {"level1": {"level2": {"level3": {"level4": ["deep", "values", "here", "and", "more"]}}}}
pprint.pprint(nested)
pprint.pprint(nested, width=40)
pprint.pprint([(1, "one"), (2, "two"), (3, "three")], width=15)
pprint.pprint(((("x" * 10,) * 3,) * 2), width=30)
