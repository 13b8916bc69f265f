import random

random.seed(2024)
print(random.sample(range(50), 6))
print(random.sample(["red", "green", "blue", "gold"], 2))
print(random.sample(range(10000), 8))
print(random.choices("abc", k=6))
print(random.choices(["win", "lose"], weights=[1, 4], k=8))
print(random.choices(range(3), cum_weights=[1, 1, 10], k=5))
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
