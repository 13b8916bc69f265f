class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


class Node:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return object.__hash__(self)


tags = [Tag(str(i)) for i in range(20)]
nodes = [Node(i) for i in range(20)]
print(len(set(tags)), len({n: n.n for n in nodes}), len({object.__hash__(n) for n in nodes}))
print(object.__hash__(nodes[0]) == nodes[0].__hash__(), tags[3].__hash__() == tags[3].__hash__())
seen = {}
for n in nodes + nodes[:5]:
    seen[n] = seen.get(n, 0) + 1
print(sorted(seen.values()), nodes[1] in seen, Node(99) in seen)
