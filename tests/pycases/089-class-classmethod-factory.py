class User:
    count = 0
    def __init__(self, name, email):
        self.name, self.email = name, email
        User.count += 1
    @classmethod
    def from_string(cls, text):
        name, email = text.split(",")
        return cls(name.strip(), email.strip())
    @staticmethod
    def valid_email(email):
        return "@" in email and "." in email.split("@")[-1]
    def __repr__(self):
        return f"User(name={self.name!r}, email={self.email!r})"
class Admin(User):
    pass
u = User.from_string("ann, ann@x.org")
a = Admin.from_string("root,root@host.io")
print(u, a, type(a).__name__, User.count)
print(User.valid_email("a@b.c"), u.valid_email("nope"))
