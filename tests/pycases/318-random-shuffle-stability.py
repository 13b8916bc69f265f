import random

random.seed(100)
items = list(range(20))
random.shuffle(items)
print(items)
random.shuffle(items)
print(items[:10])
rng = random.Random(100)
again = list(range(20))
rng.shuffle(again)
print(again == sorted(again), again[:5])
