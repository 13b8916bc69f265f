from functools import total_ordering, cached_property

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("summing")
        return sum(self.rows)

vs = [Version("1.10"), Version("1.2"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") > Version("1.9"))
print(Version("1.0") <= Version("0.5"), Version("1.0") != Version("1.0"))
r = Report([1, 2, 3])
print(r.total, r.total, "total" in r.__dict__)
del r.total
print(r.total)
