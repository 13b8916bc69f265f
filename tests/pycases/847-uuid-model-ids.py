import uuid


class User:
    def __init__(self, name):
        self.name = name
        self.id = uuid.uuid5(uuid.NAMESPACE_URL, "https://app.example/users/" + name)

    def __repr__(self):
        return f"User({self.name!r}, id={self.id})"


users = [User(n) for n in ["ann", "bob", "cy"]]
for u in sorted(users, key=lambda u: u.id):
    print(u)
by_id = {u.id: u for u in users}
key = uuid.UUID(str(users[1].id))
print(by_id[key].name)
print(by_id.get(uuid.UUID(int=0)))
print([u.id.hex[:8] for u in users])
print(all(u.id.version == 5 for u in users))
print(uuid.UUID(bytes=users[0].id.bytes) == users[0].id)
