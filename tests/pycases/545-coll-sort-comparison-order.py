for items in ([1, "a", 2], ["a", 1], [3, 2, None], [1.5, "x"], [(1, 2), (1, "b")]):
    try:
        print(sorted(items))
    except TypeError as e:
        print(e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n}<{other.n}", end=" ")
        return self.n < other.n
    def __repr__(self):
        return f"L{self.n}"
print(sorted([Loud(n) for n in [3, 1, 2, 5, 4]]))
print(sorted([Loud(n) for n in [1, 2, 3]], reverse=True))
print(max([Loud(2), Loud(7), Loud(1)]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("bAcaB", key=str.lower), sorted("bAcaB", key=str.lower, reverse=True))
data = [5, 3, 5, 1, 3]
data.sort(key=lambda x: -x)
print(data)
