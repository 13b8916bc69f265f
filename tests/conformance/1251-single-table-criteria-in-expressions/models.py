from sqlalchemy import create_engine, ForeignKey, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Shelter(Base):
    __tablename__ = "shelter"
    id: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(30))
    pets: Mapped[list["Pet"]] = relationship(back_populates="shelter")


class Pet(Base):
    __tablename__ = "pet"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    species: Mapped[str] = mapped_column(String(10))
    age: Mapped[int]
    shelter_id: Mapped[int] = mapped_column(ForeignKey("shelter.id"))
    shelter: Mapped[Shelter] = relationship(back_populates="pets")
    __mapper_args__ = {"polymorphic_on": "species", "polymorphic_identity": "pet"}


class Dog(Pet):
    __mapper_args__ = {"polymorphic_identity": "dog"}


class Cat(Pet):
    __mapper_args__ = {"polymorphic_identity": "cat"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
