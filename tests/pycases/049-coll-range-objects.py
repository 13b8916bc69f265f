r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r)
print(range(5), range(0, 5), list(range(5, 0, -1)), range(3) == range(0, 3))
print(sum(range(101)), list(range(-3, 3)), r.index(11), range(10)[::2])
for i in range(3, 0, -1):
    print(i, end=" ")
print("liftoff")
