line = b"  alpha,beta,,gamma  "
print(line.strip(), line.lstrip(), line.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"))
print(line.strip().split(b","), line.split(), b"a b  c".split(None, 1), b"a,b,c".split(b",", 1))
print(b"a,b,c".rsplit(b",", 1), b"  a  b  ".rsplit(None, 1), b"".split(), b"".split(b","))
print(b"one\ntwo\r\nthree".splitlines(), b"x\ny\n".splitlines(True))
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"), b"hello".replace(b"l", b""))
for call in [lambda: b",".join(["a"]), lambda: b",".join([b"a", 1]), lambda: b"a".split(b""), lambda: b"ab".strip("a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
words = b"red green blue".split()
print([w.upper() for w in words], b"|".join(reversed(words)))
