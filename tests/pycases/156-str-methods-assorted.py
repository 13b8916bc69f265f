s = "Hello, World"
print(s.lower().count("l"), s.split(", "), s[::2], s[-5:], s.replace("l", "L", 2))
print(s.ljust(15, "."), s.rjust(15), s.center(16, "*"))
print(",".join(str(i) for i in range(5)), "a b  c".split(" "), " x ".strip() or "empty")
print("%s has %d chars" % (s, len(s)), s.index("o"), s.rindex("o"), s.startswith("Hell"))
print(s.upper().isupper(), "123abc".isalnum(), "abc".isalpha(), "".join(c for c in s if c.isalpha()))
