from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

class Answer(Enum):
    YES = "y"
    NO = "n"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.YES if value.lower().startswith("y") else cls.NO
        return None

    def describe(self):
        return f"{self.name} means {self.value!r}"

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Answer("YES"), Answer("nope"), Answer.YES.describe())
try:
    Answer(1)
except ValueError as e:
    print("ValueError:", e)
