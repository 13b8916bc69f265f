from collections import namedtuple

Row = namedtuple("Row", "id class def", rename=True)
print(Row._fields, Row(1, 2, 3))
Rec = namedtuple("Rec", ["a", "a", "_b", "1c", "ok"], rename=True)
print(Rec._fields)
for bad in (["x", "class"], ["x", "x"], ["_y"]):
    try:
        namedtuple("T", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("def", "a b")
except ValueError as e:
    print("ValueError:", e)
