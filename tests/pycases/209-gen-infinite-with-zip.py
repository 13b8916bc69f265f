def naturals():
    n = 1
    while True:
        yield n
        n += 1

def squares(source):
    for x in source:
        yield x * x

pairs = zip("abc", squares(naturals()))
print(list(pairs))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
counter = naturals()
for value in counter:
    if value > 3:
        break
print(next(counter))
