d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("missing", e, e.args[0])
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
try:
    raise KeyError("has spaces")
except KeyError as e:
    print(str(e))
