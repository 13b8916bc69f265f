def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([f(10) for f in make_multipliers()])
