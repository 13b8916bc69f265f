data = b"the quick brown fox jumps over the lazy dog"
print(data.find(b"the"), data.rfind(b"the"), data.find(b"cat"), data.find(111), data.find(b"o", 20, 30))
print(data.index(b"fox"), data.rindex(b"o"), data.count(b"o"), data.count(b"the"), data.count(b""))
print(data.startswith(b"the"), data.endswith(b"dog"), data.startswith((b"a", b"the")), data.endswith(b"fox", 0, 19))
try:
    data.index(b"cat")
except ValueError as e:
    print("ValueError:", e)
for call in [lambda: data.find("the"), lambda: data.startswith("the"), lambda: data.count("o")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(data.partition(b" "), data.rpartition(b" "), b"abc".partition(b"x"))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"))
ba = bytearray(b"a-b-c")
print(ba.find(b"-"), ba.split(b"-"), ba.count(45), ba.startswith(b"a-"))
