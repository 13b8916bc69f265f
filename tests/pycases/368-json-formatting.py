import json

data = {"name": "Ann", "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "ok": True}, "n": 3}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")), json.dumps("é✓"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, (2, 3)]), json.dumps({1: "int key", None: 0}), json.dumps(float("1e20")))
