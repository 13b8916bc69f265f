from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, backref


class Base(DeclarativeBase):
    pass


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    street: Mapped[str] = mapped_column(String(30))


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"))
    address: Mapped[Address | None] = relationship(cascade="all, delete-orphan", single_parent=True, backref=backref("resident", uselist=False))


class Passport(Base):
    __tablename__ = "passport"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(10))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    person: Mapped[Person] = relationship(backref=backref("passport", uselist=False, cascade="all, delete-orphan"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
