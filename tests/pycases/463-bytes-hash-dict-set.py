cache = {b"key": 1, b"other": 2}
print(cache[b"key"], b"key" in cache, cache.get(b"missing"))
print(len({b"a", b"a", b"b"}), len({b"a": 1, bytes(b"a"): 2}))
print(sorted({b"z", b"a", b"m"}))
pairs = {(b"a", 1): "tuple key"}
print(pairs[(b"a", 1)])
print({b"x": 1} == {b"x": 1}, {b"x"} == {b"x"})
print("a" in {b"a": 1}, b"a" in {"a": 1})
try:
    {bytearray(b"x")}
except TypeError as e:
    print("TypeError:", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for chunk in [b"ab", b"cd", b"ab"]:
    counts[chunk] = counts.get(chunk, 0) + 1
print(counts)
