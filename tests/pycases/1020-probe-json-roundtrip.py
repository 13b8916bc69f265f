import json
data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5, "nested": {"k": [1, {"z": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data["nested"], indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps((1, 2)), json.dumps({1: "a", None: "b", True: 3}))
back = json.loads(s)
print(back == data, type(back["tags"]).__name__, back["name"])
print(json.loads("[1, 2.0, \"x\", null, true, 1e3]"))
print(json.loads('{"a": {"b": [1, 2]}}')["a"]["b"][1])
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"when": complex(1, 2)}, default=str))
print(json.dumps(float("inf")), json.dumps("tab\there \"q\" \u00e9"))
print(json.loads('"\\u00e9\\n"'), json.dumps({"b": 1, "a": [None]}, indent=1, sort_keys=True))
