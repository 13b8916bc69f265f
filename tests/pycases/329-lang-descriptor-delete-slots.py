class Logged:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        print(f"set {self.private[1:]} = {value!r}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"delete {self.private[1:]}")
        delattr(obj, self.private)

class Account:
    owner = Logged()

    def __init__(self, owner):
        self.owner = owner

a = Account("ann")
print(a.owner, type(Account.owner).__name__)
a.owner = "bob"
del a.owner
print(a.owner, "_owner" in a.__dict__)
