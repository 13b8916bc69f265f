people = [{"n": "a", "age": 3}, {"n": "b"}]
try:
    people.sort(key=lambda p: p["age"])
except KeyError as e:
    print("KeyError", e)
print([p["n"] for p in people])
