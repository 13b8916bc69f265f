def parse(row):
    name, qty = row.split(":")
    return name, int(qty)
def load(rows):
    return [parse(r) for r in rows]
print(load(["a:1", "b:2"]))
print(load(["c:3", "d"]))
