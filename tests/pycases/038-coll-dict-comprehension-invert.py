codes = {"us": "United States", "fr": "France", "de": "Germany"}
inverted = {v: k for k, v in codes.items()}
print(inverted)
lengths = {name: len(name) for name in codes.values()}
print(lengths)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, list(squares))
pairs = dict(zip("abc", range(3)))
print(pairs, dict([("x", 1), ("y", 2)]), dict(a=1, b=2))
