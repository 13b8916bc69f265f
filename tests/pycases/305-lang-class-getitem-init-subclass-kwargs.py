class Field:
    def __class_getitem__(cls, item):
        return f"Field of {item.__name__}"

class Base:
    table = None

    def __init_subclass__(cls, /, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"

class User(Base, table="accounts"):
    pass

class Post(Base):
    pass

print(Field[int], Field[str], User.table, Post.table, Base.table)
print(Base.__init_subclass__.__name__)
