inventory = {"apples": 5, "pears": 0, "kiwis": 12}
print({k: v for k, v in inventory.items() if v}, [k for k in inventory if k.endswith("s")])
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get), min(inventory.values()))
inventory.update(pears=3, figs=1); inventory.update([("dates", 2)]); inventory.update({"apples": 6})
print(inventory, len(inventory), list(inventory.items())[-1])
for k in list(inventory):
    if inventory[k] < 3:
        del inventory[k]
print(inventory)
try:
    for k in inventory:
        inventory["new"] = 1
except RuntimeError as e:
    print(e)
d = {}
d.setdefault("a", []).append(1); d.setdefault("a", []).append(2)
print(d, d.copy() == d, d.copy() is d, dict(d, b=2), list(d.keys()), dict.fromkeys([1, 2]))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, list({2: 0, 1: 0}), {}.get(1, []))
keys = ["x", "y", "z"]
vals = [1, 2]
print(dict(zip(keys, vals)), {k: None for k in keys}, dict(enumerate(keys)))
nested = {"u1": {"name": "Al", "age": 30}, "u2": {"name": "Bo", "age": 25}}
print(sorted(nested.values(), key=lambda u: u["age"]), [u["name"] for u in nested.values()])
print(sum(u["age"] for u in nested.values()) / len(nested), nested["u1"].get("email", "n/a"))
d2 = {"b": 1, "a": 2}
print(sorted(d2), sorted(d2.items()), sorted(d2.items(), key=lambda x: x[1], reverse=True), dict(sorted(d2.items())))
print(d2.pop("a"), d2, d2.clear(), d2, bool(d2))
m = {(0, 0): "origin", (1, 2): "pt"}
print(m[(0, 0)], m[1, 2], (1, 2) in m, list(m)[0])
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 & s2 == {2, 3}, s1.union(s2, {9}) == {1, 2, 3, 4, 9}, s1.intersection([2, 9]), s1.difference(s2), s1.symmetric_difference(s2) == {1, 4})
s1.update([7]); s1.intersection_update({1, 7, 8}); print(sorted(s1), s1.pop() in (1, 7), {x % 4 for x in range(10)} == {0, 1, 2, 3})
print(set("hello") == set("ohel"), len(set([1, 1.0, True])), sorted({"b", "a"}), set([3]), {()}, set(()), set({}))
