from enum import Enum

class Size(Enum):
    SMALL = "s"
    LARGE = "l"

orders = ["s", "l", "s", "m"]
for code in orders:
    size = Size(code)
    print(code, "->", size.name)
print("never")
