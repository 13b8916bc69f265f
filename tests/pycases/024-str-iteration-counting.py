text = "hello world"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = [c for c in text if c in "aeiou"]
print(vowels, len(vowels))
print(sorted(set(text)), "".join(sorted(set(text))).strip())
print(list(enumerate("abc")), [c * 2 for c in "xyz"])
