from collections import Counter, defaultdict, namedtuple

text = """the cat sat on the mat the dog sat on the log"""
freq = Counter(text.split())
print(freq.most_common(3))
Entry = namedtuple("Entry", "word count")
entries = [Entry(w, c) for w, c in freq.items() if c > 1]
print(entries)
positions = defaultdict(list)
for i, word in enumerate(text.split()):
    positions[word].append(i)
print({w: p for w, p in positions.items() if len(p) > 1})
print(sum(freq.values()), len(freq), freq["cat"] + freq["bird"])
