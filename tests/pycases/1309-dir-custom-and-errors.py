class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(self._fields) + ["keys"]


r = Record(name="Ann", age=31)
print(dir(r), r.name, [a for a in dir(r) if not a.startswith("_")])


def report(title, rows, *, width=10, sep="|"):
    return title


for call in [lambda: report("t", [], 3, width=5), lambda: report("t", [], 3, 4, width=1, sep=":"),
             lambda: report("t", [], 3), lambda: zip([1], [2], strict=True, fill=0), lambda: zip([1], fill=0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
