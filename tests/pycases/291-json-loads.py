import json

doc = '{"users": [{"id": 1, "name": "ann", "active": true}, {"id": 2, "name": "bob", "active": false}], "total": 2, "ratio": 0.5, "next": null}'
parsed = json.loads(doc)
print(parsed["users"][1]["name"], parsed["total"], parsed["next"], type(parsed["ratio"]).__name__)
print([u["name"] for u in parsed["users"] if u["active"]])
print(json.loads('"\\u00e9\\t\\"x\\""'), json.loads("[1, 2.0, -3e2, 1E1]"), json.loads(" 42 "))
print(json.loads('{"a": {"b": {"c": [true, null]}}}')["a"]["b"]["c"])
print(json.loads(json.dumps({"round": [1, "trip", None]})))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
