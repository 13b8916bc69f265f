import random

for seed in [0, 1, -1, 10**20, True]:
    random.seed(seed)
    print(seed, random.random())
random.seed(3.0)
print(random.randint(0, 1000))
