import uuid

ids = [uuid.uuid4() for _ in range(5)]
print(all(i.version == 4 for i in ids), len({str(i) for i in ids}))
text = str(ids[0])
print(len(text), text.count("-"), text[14], [len(p) for p in text.split("-")])
print(isinstance(ids[0], uuid.UUID), uuid.UUID(text) == ids[0])
try:
    ids[0].int = 5
except TypeError as e:
    print("TypeError:", e)
