s = "hello World"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print(s.startswith("hell"), s.endswith("ld"), s.startswith(("x", "he")))
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Ab".isupper(), "ab".islower())
print("Title Case".istitle(), "".isalpha(), "12.5".isdigit(), "x".isidentifier())
