words = ["apple", "Bob", "kayak", "level", "python", "Anna"]
palindromes = [w for w in words if w.lower() == w.lower()[::-1]]
print(palindromes)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print(sorted({len(w) for w in words}))
print(sum(len(w) for w in words), any(w.isupper() for w in words), all(w for w in words))
