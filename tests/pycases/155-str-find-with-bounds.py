# find, count, startswith and endswith take start and end positions
s = "banana bandana"
print(s.find("an"), s.find("an", 2), s.find("an", 4, 6), s.rfind("an"), s.rfind("an", 0, 5))
print(s.count("a"), s.count("a", 7), s.count("an", 0, 6), s.index("band"), s.find(""))
print(s.startswith("ban", 7), s.endswith("ana", 0, 6), "a\tb".expandtabs(4), "x".find("x", -1))
