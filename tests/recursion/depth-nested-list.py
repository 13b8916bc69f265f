# repr of nested lists: one level per list
# page: 348
# cli: 998
a = []
for i in range(5000):
    a = [a]
for n in range(5000):
    try:
        repr(a)
        break
    except RecursionError:
        a = a[0]
print(5000 - n)
