import pprint

text = "The quick brown fox jumps over the lazy dog. " * 3
pprint.pprint(text, width=40)
pprint.pprint({"description": text, "id": 1}, width=50)
pprint.pprint(["short", text], width=30)
pprint.pprint("no-spaces-" * 8, width=25)
pprint.pprint("line one\nline two\nline three that is long enough", width=20)
print(pprint.pformat(b"bytes " * 10, width=30))
pprint.pprint((text[:60],), width=30)
