text = "the quick brown fox"
for word in ["quick", "slow", "fox", "", "Fox"]:
    print(repr(word), word in text, word.lower() in text.lower())
print("q" in "quick", "ui" in "quick", "" in "")
print(text.index("brown"), text.startswith("the"), "brown" not in text)
