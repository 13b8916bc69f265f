import random
random.seed("text seed"); print(random.randint(0, 10**6), random.random())
random.seed(b"bytes"); print(random.randint(0, 100))
random.seed(bytearray(b"ba")); print(random.choice("abcdef"))
r = random.Random("text"); print(r.random())
random.seed("old", version=1); print(random.randint(0, 10**6))
random.seed(""); print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
random.seed(1)
st = random.getstate()
print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)], random.getstate()[1][-1])
