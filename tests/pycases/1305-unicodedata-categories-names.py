import unicodedata as ud

sample = "Aa1 _-€½٣ß\u0301\n😀中"
for ch in sample:
    print(repr(ch), ud.category(ch), ud.name(ch, "?"), ud.east_asian_width(ch), ud.bidirectional(ch), ud.combining(ch))
print(ud.decimal("٣"), ud.digit("²"), ud.numeric("½"), ud.numeric("Ⅻ"), ud.decimal("x", None), ud.numeric("万"))
print(ud.lookup("snowman"), ud.lookup("LATIN SMALL LETTER L WITH STROKE"), ud.name("ł"), ud.name("한"), ud.mirrored("("))
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.category("ab"), lambda: ud.digit("a")]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
counts = {}
for ch in "Hello, World! 123 ¿Qué?":
    counts[ud.category(ch)[0]] = counts.get(ud.category(ch)[0], 0) + 1
print(sorted(counts.items()), ud.unidata_version)
