import abc

class Model(abc.ABC):
    @abc.abstractproperty
    def table(self):
        pass

    @abc.abstractclassmethod
    def build(cls):
        pass

    @abc.abstractstaticmethod
    def kind():
        pass

print(sorted(Model.__abstractmethods__))

class User(Model):
    table = "users"

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def kind():
        return "row"

u = User.build()
print(u.table, User.kind(), isinstance(u, Model))
class Bad(Model):
    table = "x"
try:
    Bad()
except TypeError as e:
    print(e)
