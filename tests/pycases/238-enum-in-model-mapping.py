import enum

class Role(enum.Enum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"

class User:
    def __init__(self, name, role=Role.VIEWER):
        self.name = name
        self.role = role

    def __repr__(self):
        return f"User({self.name!r}, {self.role})"

users = [User("ann", Role.ADMIN), User("bob"), User("cy", Role.EDITOR)]
print(users)
by_role = {role: [u.name for u in users if u.role is role] for role in Role}
print(by_role)
stored = [u.role.name for u in users]
print(stored, [Role[n].value for n in stored])
print(sorted(users, key=lambda u: list(Role).index(u.role)))
print(Role.ADMIN.value.title(), Role("editor") in Role)
