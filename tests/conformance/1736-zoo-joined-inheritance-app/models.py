from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func, update
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, with_polymorphic


class Base(DeclarativeBase):
    pass


class Keeper(Base):
    __tablename__ = "keeper"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    animals: Mapped[list["Animal"]] = relationship(back_populates="keeper", order_by="Animal.id")
    birds: Mapped[list["Bird"]] = relationship(viewonly=True, order_by="Bird.id")


class Animal(Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    species: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    weight_kg: Mapped[float]
    keeper_id: Mapped[Optional[int]] = mapped_column(ForeignKey("keeper.id"))
    keeper: Mapped[Optional[Keeper]] = relationship(back_populates="animals")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "animal"}

    @hybrid_property
    def label(self):
        return self.name + " the " + self.species

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Mammal(Animal):
    __tablename__ = "mammal"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    fur: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "mammal"}


class Bird(Animal):
    __tablename__ = "bird"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    wingspan_cm: Mapped[int]
    can_fly: Mapped[bool] = mapped_column(default=True)
    __mapper_args__ = {"polymorphic_identity": "bird"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
