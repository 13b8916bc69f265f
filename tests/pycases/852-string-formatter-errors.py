import string

f = string.Formatter()
cases = [
    ("{0} {}", ("a", "b"), {}),
    ("{} {0}", ("a", "b"), {}),
    ("{missing}", (), {}),
    ("{5}", ("a",), {}),
    ("{0", ("a",), {}),
    ("}", (), {}),
    ("{0:d}", ("a",), {}),
    ("{0.nope}", (1,), {}),
    ("{0[9]}", ([1],), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(f.vformat(fmt, args, kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{:*^{}}", "x", 9))
