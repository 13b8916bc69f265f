import copy

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"

class Counter:
    def __init__(self):
        self.count = 0

    def __copy__(self):
        print("custom copy")
        new = Counter()
        new.count = self.count
        return new

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Counter()

tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree)
print(clone)
c = Counter()
c.count = 7
print(copy.copy(c).count, copy.deepcopy(c).count)
print(copy.deepcopy([c, c])[0].count)
