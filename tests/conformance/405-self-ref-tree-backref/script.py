root = Node(data='root')
n1 = Node(data='node1', parent=root)
n2 = Node(data='node2', parent=root)
n3 = Node(data='subnode1', parent=n1)
Node(data='subnode2', parent=n1)
Node(data='subsub', parent=n3)
session.add(root)
print(root.dump())
session.commit()
print(root.dump())


def path(node):
    parts = []
    while node is not None:
        parts.append(node.data)
        node = node.parent
    return "/".join(reversed(parts))


leaf = session.query(Node).filter_by(data='subsub').one()
print(path(leaf))
print(session.query(Node).filter(Node.parent_id == None).one().data)
print([n.data for n in session.query(Node).filter(Node.parent == n1).order_by(Node.id)])
n3.parent = n2
session.commit()
print(path(leaf))
root.children.remove(n1)
session.commit()
print(session.query(Node).count())
print(root.dump())
