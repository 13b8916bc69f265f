items = [1, 2, 3]
gen = (x * 10 for x in items)
items = [7, 8, 9]
print(list(gen))
data = [1, 2]
late = (x + y for x in data for y in data)
data.append(3)
print(list(late))
try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError at creation")
broken = (1 / x for x in [1, 0])
print(next(broken))
print(next(broken))
