# plain recursion: the depth reached is the same on every target with the same limits
# page: 350
# cli: 1000
d = 0
def f():
    global d
    d += 1
    f()
try:
    f()
except RecursionError:
    print(d)
