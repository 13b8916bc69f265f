s = "héllo €"
for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "UTF16"]:
    data = s.encode(enc)
    print(enc, len(data), data[:6], data.decode(enc) == s)
print("😀".encode("utf-16-le"), "😀".encode("utf-32-be"), b"\xff\xfeA\x00".decode("utf-16"))
try:
    b"A\x00B".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    "naïve café".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    "€uro".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.object[e.start:e.end], e.reason)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
