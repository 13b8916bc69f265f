import json

text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\n"}'
obj = json.loads(text)
print(obj, type(obj["b"]["c"]).__name__, repr(obj["u"]))
print(json.loads("[]"), json.loads("  42 "), json.loads('"s"'), json.loads("1.0"))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
