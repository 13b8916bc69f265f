from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color(3) is Color.BLUE)
print(list(Color), len(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print(repr(Color), [c.name for c in reversed(list(Color))])
