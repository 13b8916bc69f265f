import pprint

data = {"users": [{"name": "ann", "roles": ["admin", "editor"], "age": 31},
                  {"name": "bob", "roles": [], "age": 25}],
        "count": 2, "meta": {"version": "1.0", "tags": ("a", "b")}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint({"b": 1, "a": 2, "c": [3, 2, 1]})
pprint.pprint(list(range(40)))
