from typing import List, Optional
from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Zoo(Base):
    __tablename__ = "zoo"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    animals: Mapped[List["Animal"]] = relationship(back_populates="zoo", order_by="Animal.name")
    lions: Mapped[List["Lion"]] = relationship(viewonly=True, order_by="Lion.mane")
    birds: Mapped[List["Bird"]] = relationship(back_populates="zoo", overlaps="animals,zoo")


class Animal(Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    zoo_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zoo.id"))
    zoo: Mapped[Optional[Zoo]] = relationship(back_populates="animals")

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "animal"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Lion(Animal):
    __tablename__ = "lion"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    mane: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "lion"}


class Bird(Animal):
    __tablename__ = "bird"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    wingspan: Mapped[int]
    zoo: Mapped[Optional[Zoo]] = relationship(back_populates="birds", overlaps="animals,zoo")
    __mapper_args__ = {"polymorphic_identity": "bird"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
