from collections import namedtuple

Row = namedtuple("Row", "id name")
rows = [Row(1, "a"), Row(2, "b")]
print(rows)
print(rows[0]._replace(name="z"))
rows[0]._replace(email="x@y")
