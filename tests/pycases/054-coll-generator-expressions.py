nums = [4, 9, 16, 25]
print(sum(n for n in nums if n % 2))
print(max(n // 2 for n in nums), min((n, -n) for n in nums))
gen = (n * 2 for n in nums)
print(next(gen), next(gen), list(gen), list(gen))
print(tuple(c.upper() for c in "abc"), set(n % 3 for n in nums) == {0, 1})
print(", ".join(f"{n}^0.5={n ** 0.5:.0f}" for n in nums))
