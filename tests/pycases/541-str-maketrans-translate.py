table = str.maketrans("abc", "xyz", "d")
print(table)
print("abcdd cab".translate(table))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 48}))
print(str.maketrans({"a": "1", "b": None, 99: "C"}))
print("abc".translate(str.maketrans({"a": "AA"})))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
print("Hello, World!".translate(rot13), "Uryyb".translate(rot13))
print("a-b_c d".translate(str.maketrans("-_", "  ")).split())
print("remove vowels".translate(str.maketrans("", "", "aeiou")))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans("ab"), lambda: str.maketrans({"ab": 1})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("x".translate([]), "AB".translate({65: 97, 66: None}))
