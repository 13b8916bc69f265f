class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be > 0, got {value}")
        setattr(obj, self.name, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty, self.price = qty, price
o = Order(3, 9.5)
print(o.qty * o.price, o.__dict__, type(Order.qty).__name__)
try:
    o.qty = 0
except ValueError as e:
    print(e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
print(hasattr(s, "__dict__"), Slotted.__slots__)
class Dyn:
    def __getattr__(self, name): return f"<{name}>"
d = Dyn()
d.real = 1
print(d.real, d.anything, getattr(d, "x"))
