s = "Café Ünïcödé"
print(s.upper(), s.lower(), len(s))
print(s[:4], s[::-1], s.encode is not None)
print("straße".upper(), "İ".lower() == "i̇")
print("ñ" in s, s.count("é"), s.find("Ü"))
print(" ".join(reversed(s.split())))
