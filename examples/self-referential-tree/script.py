root = Category(name="Medicine")
surgery = Category(name="Surgery", parent=root)
Category(name="Cardiac", parent=surgery)
Category(name="Orthopedic", parent=surgery)
internal = Category(name="Internal", parent=root)
internal.children.append(Category(name="Endocrine"))
session.add(root)  # the whole tree is saved through the relationships
session.commit()


def show(cat, depth=0):
    print("  " * depth + "- " + cat.name)
    for child in cat.children:
        show(child, depth + 1)


show(session.query(Category).filter_by(parent_id=None).one())

# walk up from a leaf to the root
node = session.query(Category).filter_by(name="Cardiac").first()
path = []
while node is not None:
    path.insert(0, node.name)
    node = node.parent
print(" > ".join(path))
