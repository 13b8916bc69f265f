# chained closures dropped
# expect: ok
def deco(f):
    return lambda: f()
f = lambda: 0
for i in range(150000):
    f = deco(f)
f = None
print('ok')
