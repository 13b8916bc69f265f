# chained calls on literal values
print(" ".join("a-b-c".split("-")[::-1]).upper().center(11, "."))
print([1, 2, 3][::-1][0], (4, 5)[1], {"k": [10, 20]}["k"][-1])
print("{:>5}".format("x").replace(" ", "_"), "abc"[1:][0], [[1, 2], [3]][0][1:])
print(len(str(2 ** 64)), str(12345)[::-1], int(str(7) * 3) + 1)
