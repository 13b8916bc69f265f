import copy

orig = {"a": [1, 2], "b": {"c": [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(4)
print(shallow, deep)

class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def __repr__(self):
        return f"Node({self.value}, {self.children})"

tree = Node(1, [Node(2), Node(3)])
clone = copy.deepcopy(tree)
clone.children[0].value = 20
print(tree, clone, clone.children[1] is tree.children[1])
shared = [1]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
