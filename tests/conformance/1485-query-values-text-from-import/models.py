from sqlalchemy import create_engine, String, select, text, func
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    age: Mapped[int]

    @hybrid_property
    def is_adult(self):
        return self.age >= 18

    @hybrid_method
    def older_than(self, n):
        return self.age > n


class label_property(hybrid_property):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))

    @label_property
    def label(self):
        return self.title + "!"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name="ed", age=40), User(name="wendy", age=17), User(name="mary", age=25)])
session.add(Item(title="pen"))
session.commit()
