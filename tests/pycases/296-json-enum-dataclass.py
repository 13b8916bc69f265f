import json
from dataclasses import dataclass, asdict
from enum import Enum, IntEnum

class Color(str, Enum):
    RED = "red"

class Level(IntEnum):
    HIGH = 3

@dataclass
class Item:
    name: str
    color: Color
    level: Level

item = Item("cup", Color.RED, Level.HIGH)
print(json.dumps(asdict(item)))
print(json.dumps({"levels": list(Level)}), json.dumps([Color.RED]))
restored = Item(**json.loads(json.dumps(asdict(item))))
print(restored.color == Color.RED, restored.level == Level.HIGH, Color(restored.color))
