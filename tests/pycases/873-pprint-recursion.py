import pprint

a = [1, 2]
a.append(a)
d = {"name": "root"}
d["self"] = d
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(a), pprint.isreadable([1, "x", (2.5, None)]))
print(pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isrecursive([a]), pprint.isrecursive({"k": (d,)}))
shared = [1, 2]
outer = [shared, shared, {"x": shared}]
print(pprint.isrecursive(outer), pprint.isreadable(outer))
pprint.pprint(outer)
pp = pprint.PrettyPrinter()
print(pp.isrecursive(a), pp.isreadable(outer))
print(pprint.pformat(a).startswith("[1, 2, <Recursion on list with id="))
print(pprint.saferepr(d).startswith("{'name': 'root', 'self': <Recursion on dict with id="))
print(pprint.pformat([d], width=20).splitlines()[0])
