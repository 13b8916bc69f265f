class Box:
    pass
for value in (1, None, 2.5, True, Box()):
    try:
        a, b = value
    except TypeError as e:
        print(e)
try:
    for p, q in [1, 2]:
        pass
except TypeError as e:
    print(e)
try:
    first, *rest = 7
except TypeError as e:
    print(e)
try:
    for ch in 5:
        pass
except TypeError as e:
    print(e)
a, b = "xy"
print(a, b)
