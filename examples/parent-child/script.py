# Create a parent with children
alice = Parent(name="Alice", children=[
    Child(name="Charlie"),
    Child(name="Dave")
])
db.add(alice)  # the children are saved too: cascade "all" includes save-update
db.commit()

# Fetch parent
parent = db.query(Parent).first()
print(parent.name)

# Access children via the ORM relationship
for child in parent.children:
    print(child.name, "-> parent_id", child.parent_id)

# delete-orphan: a child removed from the list is deleted from the DB
parent.children.remove(parent.children[0])
db.commit()
print("children left:", [c.name for c in db.query(Child).all()])
