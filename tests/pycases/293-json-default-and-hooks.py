import json
from datetime import date

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps({"p": Point(1, 2), "when": date(2024, 1, 2)}, default=encode))
print(json.loads('{"x": 3, "y": 4}', object_hook=lambda d: Point(**d)).y)
print(json.loads("[1.5, 2]", parse_float=lambda s: "float:" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.dumps({"skip": 1, (1,): 2}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
