emails = ["a@x.com", "b@x.com", "a@x.com", "c@x.com", "b@x.com"]
seen = set()
unique = []
for e in emails:
    if e not in seen:
        seen.add(e)
        unique.append(e)
print(unique)
print(list(dict.fromkeys(emails)))
print(sorted(set(emails)), len(set(emails)))
frozen = frozenset([3, 1])
print(sorted(frozen), 3 in frozen)
