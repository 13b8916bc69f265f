import pprint

nums = list(range(30))
pprint.pprint(nums, width=40, compact=True)
pprint.pprint(nums, width=40)
words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 3
pprint.pprint(words, width=30, compact=True)
pprint.pprint({"k": words, "n": nums[:12]}, width=35, compact=True)
pprint.pprint([[1, 2], [3, 4], [5, 6, 7, 8, 9, 10, 11, 12]], width=20, compact=True)
pprint.pprint(tuple(range(25)), width=30, compact=True)
