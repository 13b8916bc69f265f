import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a)
print(b)
d = {"name": "root"}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
print(e)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
pc[0].append(1)
print(pc, pair)
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
z = copy.deepcopy(x, memo)
print(y is z, y == x)
class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is n1)
