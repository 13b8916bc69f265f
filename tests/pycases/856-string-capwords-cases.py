import string

tests = [
    "hello world",
    "  leading and   multiple   spaces  ",
    "ALL CAPS HERE",
    "o'neil mcdonald",
    "tab\tseparated\nlines",
    "",
    "x",
    "élan vital",
    "123abc def",
]
for t in tests:
    print(repr(string.capwords(t)))
print(string.capwords("a,b,,c", ","))
print(string.capwords("snake_case_name", "_"))
print(string.capwords("one--two", "-"))
print(string.capwords("hello world", None))
print("hello world".title(), string.capwords("they're bill's friends"))
