import random

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.getrandbits(16), random.getrandbits(64), random.getrandbits(1))
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
