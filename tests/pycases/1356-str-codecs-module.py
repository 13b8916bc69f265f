import codecs

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
raw = "tab\\there \\u00e9 \\x41\\n"
print(repr(codecs.decode(raw, "unicode_escape")))
print(codecs.encode("caf\u00e9\n\\", "unicode_escape"))
print("caf\u00e9\t'\"".encode("unicode_escape"), b"a\\x41\\n\\101".decode("unicode_escape"))
print("\u00e9\u4e2d\n\U0001f600".encode("raw_unicode_escape"), b"\\u00e9\\x41".decode("raw_unicode_escape"))
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode(b"hello", "base64"))
print(codecs.decode("caf\u00e9".encode("utf-8"), "utf-8"), codecs.encode("\u00e9", "latin-1"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("rot_13").name)
print(codecs.BOM_UTF8, codecs.getencoder("ascii")("ok"))
for bad in [b"\\x4", b"ab\\"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.encode("x", "hex")
except TypeError as e:
    print("TypeError:", e)
