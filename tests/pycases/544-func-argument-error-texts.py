def g(a, b, /, c, *, d):
    return a + b + c + d
def k(a, b, c):
    pass
def two(x, y):
    pass
def kw(*, p, q, r):
    pass
calls = [
    lambda: g(a=1, b=2, c=3, d=4),
    lambda: g(1, b=2, c=3, d=4),
    lambda: k(),
    lambda: k(1),
    lambda: two(),
    lambda: kw(),
    lambda: kw(p=1),
    lambda: g(1, 2, 3, 4),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
def with_kwargs(a, /, **kw):
    return a, kw
print(with_kwargs(1, a=2))
