s = {1, 2, 3, 4}
print(s.intersection_update({2, 3, 9}), sorted(s))
s.difference_update([3], (7,))
print(sorted(s))
s.symmetric_difference_update({2, 5})
print(sorted(s))
t = {1, 2, 3}
t.intersection_update([1, 2], {2, 3})
print(t)
u = set("abc")
u.difference_update("ab")
print(u)
u.update("xy", [1])
print(sorted(map(str, u)))
