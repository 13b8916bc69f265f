one = 1
print(1 == 1.0, one is not None, 3 != 3.0, True == 1, False == 0)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 0 <= 0 < 1)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1, 2] == [1, 2], (1,) == [1])
print(None == None, None is None, 2 in [1, 2, 3], "x" not in "abc")
print(max(3, 1.5), min("b", "a"), 5 > True)
