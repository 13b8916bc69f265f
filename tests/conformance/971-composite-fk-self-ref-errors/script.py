with Session(engine) as s:
    root = Node(tree=7, no=1, label="root")
    kid = Node(no=2, label="kid", parent=root)
    Node(no=3, label="grandkid", parent=kid)
    s.add(root)
    s.commit()
    print(s.execute(select(Node.tree, Node.no, Node.parent_no).order_by(Node.no)).all())
    s.expunge_all()
    g = s.get(Node, (7, 3))
    print(g.parent, g.parent.parent, g.parent.parent.parent)
    print(s.get(Node, (7, 1)).children[0].children)
    g.parent = s.get(Node, (7, 1))
    s.flush()
    print(g.tree, g.parent_no, s.get(Node, (7, 2)).children, len(g.parent.children))
try:
    Edge(id=1)
except Exception as e:
    print(type(e).__name__)
    print(e)
