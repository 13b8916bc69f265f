words = ["Straße", "STRASSE", "ﬁle", "FILE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "µ-law", "μ-LAW", "ſtop"]
for a in words:
    print(a, a.lower(), a.casefold(), a.upper())
print(sorted(words, key=str.casefold))
print("ß".casefold() == "SS".casefold(), "ﬃ".casefold(), "ﬅ".casefold(), "ǰ".upper())
