class Cart:
    def __init__(self):
        self.items = []
    def add(self, item):
        self.items.append(item)
cart = Cart()
cart.add("apple")
print(cart.items)
cart.remove("apple")
