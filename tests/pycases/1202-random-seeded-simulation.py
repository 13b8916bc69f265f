import random
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abcdef"), random.uniform(1, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "K", "Q", "J", "10"]]
random.shuffle(deck)
print(deck[:5])
print(random.sample(range(100), 5), random.choices(["win", "lose"], weights=[1, 3], k=6))
rng = random.Random(7)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
print(max(set(rolls), key=rolls.count), sum(rolls) / len(rolls))
print(rng.randrange(0, 100, 5), rng.getrandbits(8), round(rng.gauss(0, 1), 6), rng.choice([]) if False else "-")
walk, pos = [], 0
r2 = random.Random(1)
for _ in range(10):
    pos += r2.choice([-1, 1])
    walk.append(pos)
print(walk)
random.seed("text seed")
print(random.randint(0, 10 ** 6))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
