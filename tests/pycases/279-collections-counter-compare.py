from collections import Counter

inventory = Counter(apple=3, pear=0, fig=5)
order = Counter(apple=2, fig=6)
shortfall = order - inventory
print(shortfall, bool(shortfall))
inventory.subtract(order)
print(inventory)
print(+inventory, -inventory)
del inventory["pear"]
del inventory["banana"]
print(inventory, sorted(inventory))
print(Counter({"a": 1}) == Counter({"a": 1, "b": 0}))
