class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

template = "Dear {name}, order #{order:05d} ships {date}"
print(template.format_map(SafeDict(name="Ann", order=42)))
print("{greeting}, {who}!".format_map({"greeting": "Hi", "who": "there"}))
print("{p.x}-{p.y} {d[k]}".format_map({"p": type("P", (), {"x": 1, "y": 2})(), "d": {"k": "v"}}))
print("{a:>{w}}|".format_map({"a": "x", "w": 4}))

class Upper:
    def __getitem__(self, key):
        return key.upper()

print("{hello} {world}".format_map(Upper()))
for bad in ["{0}", "{missing}"]:
    try:
        bad.format_map({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print("TypeError", e)
