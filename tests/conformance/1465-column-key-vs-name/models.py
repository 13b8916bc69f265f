import dataclasses
from sqlalchemy import Column, Integer, String, ForeignKey, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, MappedAsDataclass, declarative_base

Legacy = declarative_base()


class Person(Legacy):
    __tablename__ = "person"
    id = Column(Integer, primary_key=True)
    name = Column("full_name", String(50))
    email_address = Column("email", String(80), key="email_address")


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    label: Mapped[str] = mapped_column("item_label", String(30))
    qty: Mapped[int] = mapped_column(default=1)


@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
