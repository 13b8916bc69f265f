node = TreeNode("rootnode")
TreeNode("node1", parent=node)
TreeNode("node3", parent=node)
node2 = TreeNode("node2")
TreeNode("subnode1", parent=node2)
node.children["node2"] = node2
TreeNode("subnode2", parent=node.children["node2"])

print("Created new tree structure:")
print(node.dump())
session.add(node)
session.commit()
print("Tree after save:")
print(node.dump())

TreeNode("node4", parent=node)
TreeNode("subnode3", parent=node.children["node4"])
TreeNode("subnode4", parent=node.children["node4"])
TreeNode("subsubnode1", parent=node.children["node4"].children["subnode3"])
del node.children["node1"]
session.commit()
print(node.dump())

session.expunge_all()
node = session.query(TreeNode).filter(TreeNode.name == "rootnode").first()
print("Full Tree:")
print(node.dump())
print(sorted(node.children.keys()))
sub = session.query(TreeNode).filter_by(name="subsubnode1").one()
path = []
n = sub
while n is not None:
    path.append(n.name)
    n = n.parent
print(" / ".join(reversed(path)))
session.delete(node)
session.commit()
print(session.query(TreeNode).count())
