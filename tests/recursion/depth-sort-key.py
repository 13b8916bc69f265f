# a sort key that sorts again
# page: 175
# cli: 500
d = 0
def k(x):
    global d
    d += 1
    return sorted([x], key=k)
try:
    k(1)
except RecursionError:
    print(d)
