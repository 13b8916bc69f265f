from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Color = Enum("Color", ["RED", "GREEN"])
print(Color.GREEN, Color(1))
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(Level.HIGH + 1, repr(Level.LOW))
Pairs = Enum("Pairs", [("ONE", "uno"), ("TWO", "dos")])
print(Pairs("dos"), Pairs.ONE.value)
print(type(Animal.ANT).__name__, Animal["CAT"].name)
