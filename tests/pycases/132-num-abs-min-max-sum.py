data = [3, -7.5, 2, 0, -1]
print(abs(-7), abs(-7.5), max(data), min(data), sum(data), sum(data, 10))
print(max(data, key=abs), min(abs(x) for x in data), sorted(data, key=abs))
print(max(1, 2.0), max(2.0, 1), max(2, 2.0), min(True, 0))
print(sum([]), sum([0.1] * 10), sum(range(1, 11)) / 10)
try:
    max([])
except ValueError:
    print("ValueError: empty")
print(max([], default="none"), min([5], default=0))
