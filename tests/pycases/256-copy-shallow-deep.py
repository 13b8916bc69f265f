import copy

original = {"name": "cfg", "tags": ["a", "b"], "nested": {"level": [1, 2]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["tags"].append("c")
deep["nested"]["level"].append(3)
print(original)
print(shallow["tags"] is original["tags"], deep["tags"] is original["tags"])
shared = [1, 2]
pair = [shared, shared]
cloned = copy.deepcopy(pair)
print(cloned[0] is cloned[1], cloned[0] is shared)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t)[1] is t[1])
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, [2]]))
