print("Straße".casefold(), "STRASSE".casefold() == "straße".casefold(), "Ǆ".casefold(), "ÀÉ".casefold())
print("Straße".lower(), "Straße".upper(), "ß".casefold() == "ss")
for s in ["123", "½", "²", "٣", "Ⅻ", "3.5", "", "①", "৩", "-1"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
words = ["Straße", "STRASSE", "strasse", "Ströme"]
print(sorted(words, key=str.casefold), len({w.casefold() for w in words}))
