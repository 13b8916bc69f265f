import json

data = {"name": "Zoë", "age": 30, "admin": False, "tags": ["a", "b"], "address": None, "score": 9.5}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps("tab\tnewline\n\"quote\""), json.dumps([]), json.dumps({}), json.dumps((1, 2)))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "float"}))
print(json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
