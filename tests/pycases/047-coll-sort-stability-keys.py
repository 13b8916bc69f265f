people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("dee", 25, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_city])
people.sort(key=lambda p: p[0], reverse=True)
print(people[0], people[-1])
nums = [3, -1, -4, 2]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: n * n))
