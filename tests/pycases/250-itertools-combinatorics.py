from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [0, 1])))
print(list(product(range(2), repeat=3))[:4], len(list(product("abc", repeat=2))))
print(list(permutations([1, 2, 3])))
print(["".join(p) for p in permutations("abc", 2)])
print(list(combinations("abcd", 3)), list(combinations([1, 2], 3)))
print(list(combinations_with_replacement("ab", 2)))
print(sum(1 for _ in combinations(range(10), 4)))
