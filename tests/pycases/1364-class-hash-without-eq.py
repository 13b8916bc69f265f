class Bucket:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)


a, b, c = Bucket("ab"), Bucket("cd"), Bucket("xyz")
d = {a: 1, b: 2, c: 3}
print(len(d), d[a], d[b], a in d, Bucket("ab") in d, len({a, b, a, c}))


class Keyed:
    def __init__(self, key):
        self.key = key

    def __hash__(self):
        return self.key * 7

    def __eq__(self, other):
        return isinstance(other, Keyed) and self.key == other.key


print(len({Keyed(1), Keyed(1), Keyed(2)}), Keyed(2) in {Keyed(2): "x"})
