import json

cycle = {"name": "loop"}
cycle["self"] = cycle
try:
    json.dumps(cycle)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads("NaN") != json.loads("NaN"), json.loads("-Infinity"))
print(json.dumps("\u2603 snow", ensure_ascii=True), json.dumps("\x00\x1f"))
