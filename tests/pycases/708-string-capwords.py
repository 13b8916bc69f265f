import string

cases = [
    "hello world",
    "  leading   and trailing  ",
    "o'neil mcDONALD",
    "tab\tseparated\nnewline",
    "",
    "ALL CAPS HERE",
    "x",
    "123abc déjà vu",
]
for s in cases:
    print(repr(string.capwords(s)))
print(repr(string.capwords("a-b-c d-e", "-")))
print(repr(string.capwords("one,,two,three", ",")))
print(repr(string.capwords("hello world", None)))
print(repr(string.capwords("aXbXc", "X")))
print(repr("o'neil mcdonald".title()))
