# Key and item views are set-like: they compare with sets and other views, and combine with any iterable.
stock = {"apple": 3, "pear": 0, "plum": 7}
wanted = {"apple", "plum"}
print(stock.keys() >= wanted, stock.keys() <= wanted, stock.keys() > wanted, stock.keys() < wanted | {"fig", "pear"})
print(stock.keys() == {"apple", "pear", "plum"}, stock.keys() != wanted, {"apple", "pear", "plum"} == stock.keys())
print(stock.items() == {("apple", 3), ("pear", 0), ("plum", 7)}, stock.items() >= {("pear", 0)})
print(sorted(stock.items() & {("apple", 3), ("plum", 1)}), sorted(stock.items() - {("pear", 0)}))
print(sorted(stock.keys() ^ {"apple", "kiwi"}), sorted(["kiwi"] | stock.keys()), wanted - stock.keys())
print(stock.keys().isdisjoint({"kiwi"}), stock.items().isdisjoint([("plum", 7)]))
print(stock.keys() == stock.keys(), stock.values() == stock.values(), stock.keys() == ["apple", "pear", "plum"])
other = {"plum": 1, "apple": 2, "pear": 9}
print(stock.keys() == other.keys(), stock.items() == other.items(), stock.keys() <= other.keys())
print(type(stock.keys()).__name__, type(stock.values()).__name__, type(stock.items()).__name__)
try:
    stock.values() < {1}
except TypeError as e:
    print(e)
try:
    stock.keys() < ["apple"]
except TypeError as e:
    print(e)
