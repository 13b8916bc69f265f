from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Animal(Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "animal"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    __tablename__ = "dog"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    breed: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "dog"}


class Cat(Animal):
    __tablename__ = "cat"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    lives: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "cat"}


class Shape(Base):
    __tablename__ = "shape"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "shape"}


class Circle(Shape):
    radius: Mapped[int] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "circle"}


class Square(Shape):
    side: Mapped[int] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "square"}
