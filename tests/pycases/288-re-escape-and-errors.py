import re

print(re.escape("1+1=2?"), re.escape("path/to/file.txt"), re.escape("a b"))
literal = "price (USD): $5.00"
print(re.search(re.escape("$5.00"), literal).start())
print(re.findall("[" + re.escape("[]-") + "]", "a[b]-c"))
for bad in ["(", "[a-", "a**", "(?P<1>x)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error:
        print("error", repr(bad))
print(isinstance(re.error("x"), Exception))
