import random
from collections import Counter

random.seed(11)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(200))
print(sorted(rolls.items()))
walk = 0
path = []
for _ in range(12):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
print(sum(random.random() < 0.3 for _ in range(100)))
