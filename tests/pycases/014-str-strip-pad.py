raw = "   padded text\t\n"
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(repr("xxhixx".strip("x")), repr("--a-b--".lstrip("-")), repr("path///".rstrip("/")))
print("[" + "mid".center(9) + "]", "[" + "mid".center(8, "*") + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(6), "abc".zfill(2))
