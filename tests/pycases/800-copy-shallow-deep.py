import copy

data = {"a": [1, 2, 3], "b": {"x": 1}, "c": (4, 5)}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["a"].append(99)
data["b"]["y"] = 2
print(shallow)
print(deep)
print(shallow["a"] is data["a"])
print(deep["a"] is data["a"])
print(deep["c"] is data["c"])
nums = [1, 2, [3, 4]]
c = nums.copy()
d = copy.deepcopy(nums)
c[2].append(5)
print(nums, c, d)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = "hello"
print(copy.copy(s) is s, copy.deepcopy(s) is s)
fs = frozenset([3, 1, 2])
print(sorted(copy.copy(fs)), copy.copy(fs) is fs)
st = {1, 2}
st2 = copy.copy(st)
st2.add(3)
print(sorted(st), sorted(st2))
