raw = "Name;Price\nCafé;4,50 €\n“Quoted”;1\n".encode("cp1252")
print(raw[:20], len(raw), raw.decode("windows-1252").splitlines())
print("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".encode("cp1252").hex(" "))
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
try:
    b"ok\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, "|", e)
try:
    "ĀĀb".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, "|", e)
print("naïve Ā".encode("cp1252", "replace"), "Ā→".encode("CP1252", "xmlcharrefreplace"))
bom = "id,name\n1,Zoë\n".encode("utf-8-sig")
print(bom[:5], bom.decode("utf-8-sig").split("\n")[0], repr(bom.decode("utf-8")[0]), b"plain".decode("utf_8_sig"))
print("x".encode("UTF-8-SIG"), b"\xef\xbb\xbf".decode("utf-8-sig") == "")
