from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, load_only, defer, raiseload


class Base(DeclarativeBase):
    pass


class Animal(Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    legs: Mapped[int] = mapped_column(default=4)
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "animal"}

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Dog(Animal):
    good: Mapped[bool] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "dog"}


class Bird(Animal):
    wingspan: Mapped[int] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "bird"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
