from itertools import permutations, combinations, combinations_with_replacement, product

print(list(permutations("abc", 2)))
print(list(combinations(range(4), 2)))
print(list(combinations_with_replacement("xy", 2)))
print(list(product([0, 1], repeat=2)), len(list(product("ab", "cd", "ef"))))
print(["".join(p) for p in permutations("dog")][:4], list(combinations([1, 2], 3)))
