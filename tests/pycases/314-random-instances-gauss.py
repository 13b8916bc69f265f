import random

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(0, 99), b.randint(0, 99))
g = random.Random(99)
print([round(g.gauss(0, 1), 8) for _ in range(4)])
print(round(g.normalvariate(10, 2), 8), round(g.expovariate(0.5), 8), round(g.triangular(0, 10, 3), 8))
random.seed(5)
first = [random.random() for _ in range(3)]
random.seed(5)
print(first == [random.random() for _ in range(3)])
