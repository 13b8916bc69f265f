import math

print(str.upper, dict.get, list.append, tuple.count)
print(int.bit_length, bool.bit_length, float.is_integer, set.add)
print(math.sqrt, len, str.upper.__name__)
r = repr([].append)
print(r.startswith("<built-in method append of list object at 0x"), r.endswith(">"))
r = repr("abc".upper)
print(r.startswith("<built-in method upper of str object at 0x"))
print(repr({}.items).split(" at ")[0])
