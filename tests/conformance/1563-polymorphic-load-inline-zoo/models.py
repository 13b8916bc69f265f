from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, selectinload


class Base(DeclarativeBase):
    pass


class Zoo(Base):
    __tablename__ = "zoo"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    animals: Mapped[list["Animal"]] = relationship(back_populates="zoo", order_by="Animal.id")


class Animal(Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(20))
    zoo_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zoo.id"))
    zoo: Mapped[Optional[Zoo]] = relationship(back_populates="animals")
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "animal"}

    def sound(self):
        return "..."

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Lion(Animal):
    __tablename__ = "lion"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    mane: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "lion", "polymorphic_load": "selectin"}

    def sound(self):
        return "roar"


class Penguin(Animal):
    __tablename__ = "penguin"
    id: Mapped[int] = mapped_column(ForeignKey("animal.id"), primary_key=True)
    can_swim_km: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "penguin", "polymorphic_load": "inline"}

    def sound(self):
        return "squawk"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
