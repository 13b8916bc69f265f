import random

random.seed(0)
print([round(random.random(), 6) for _ in range(5)])
random.seed(0)
print(random.random())
random.seed(12345)
print(random.uniform(10, 20), random.uniform(-1, 1))
random.seed(2**40 + 7)
print(random.random())
