r = range(3, 30, 4)
print(r.start, r.stop, r.step, len(r), r.count(7), r.index(11), list(r[::3]))
print(range(10)[-3:], range(5)[::-1], list(range(5)[::-1]), range(0, 10, 3)[1:])
try:
    r.index(8)
except ValueError as e:
    print("ValueError", e)
