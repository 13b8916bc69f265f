def pair(a, b):
    return (a, b)
for call in [lambda: pair(1), lambda: pair(1, 2, 3), lambda: pair(1, c=2), lambda: pair(1, a=2)]:
    try:
        print(call())
    except TypeError:
        print("TypeError")
print(pair(b=1, a=2), pair(*[3, 4]), pair(**{"a": 5, "b": 6}))
