# deep decorators
# expect: !! RecursionError
def deco(f):
    return lambda: f()
f = lambda: 0
for i in range(100000):
    f = deco(f)
f()
