# str title capitalize unicode
# str title capitalize unicode
# str title capitalize unicode
for s in ["hello world", "HELLO", "o'neil mcdonald", "x1y2 z", "ß test", "élan vital"]:
    print(s.title(), s.capitalize(), s.swapcase(), s.upper())
