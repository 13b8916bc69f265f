items = []
def add(x):
    items.append(x)
add(1)
add(2)
print(items)
counter = {"n": 0}
def inc():
    counter["n"] += 1
inc()
inc()
print(counter)
def reset():
    items.clear()
reset()
print(items, counter)
