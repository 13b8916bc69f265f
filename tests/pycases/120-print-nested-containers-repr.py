data = {"users": [{"name": "ann", "tags": ("a", "b")}, {"name": "bob", "tags": ()}], "count": 2}
print(data)
print([[1, [2, [3, []]]], {"k": {"n": None}}])
print(((1,), [()], {1: (2,)}))
print([1.0, 2.50, -0.0, 1e-7], ["it's", 'say "hi"', "a\\b"])
print({True: 1.5, None: "x", (1, "a"): [2]})
print(str([1, "2"]), repr("x"), [str(3)])
