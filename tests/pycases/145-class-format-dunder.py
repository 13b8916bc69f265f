class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __str__(self):
        return f"{self.name} (${self.price:.2f})"
    def __format__(self, spec):
        return format(str(self), spec)
i = Item("pen", 1.5)
print(f"[{i:>20}]", "{:<15}|".format(i), str(i))
print(f"[{i}]", [str(i)])
