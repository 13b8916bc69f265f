class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, value in tree.walk():
    print("  " * depth + value)
print(sum(1 for _ in tree.walk()))
print(max(tree.walk()))
