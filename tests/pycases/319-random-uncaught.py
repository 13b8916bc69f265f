import random

random.seed(9)
print(random.randint(1, 3))
print(random.sample([1, 2, 3], 2))
random.choice({})
