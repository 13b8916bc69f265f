# 2.0 Annotated types and type_annotation_map (docs "ORM Declarative Models": intpk, str50, timestamp-free variant)
from typing import Annotated, List, Optional
from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session

intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, 50]
required_name = Annotated[str, mapped_column(String(30), nullable=False)]


class Base(DeclarativeBase):
    type_annotation_map = {str50: String(50)}


class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[intpk]
    name: Mapped[required_name]
    motto: Mapped[Optional[str50]]
    children: Mapped[List["Child"]] = relationship(back_populates="parent", order_by="Child.name.desc()")


class Child(Base):
    __tablename__ = "child"
    id: Mapped[intpk]
    name: Mapped[str50]
    age: Mapped[Optional[int]]
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped[Optional["Parent"]] = relationship(back_populates="children")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
