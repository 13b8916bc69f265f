from typing import List, Optional

from sqlalchemy import ForeignKey, ForeignKeyConstraint, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "node"
    __table_args__ = (ForeignKeyConstraint(["tree", "parent_no"], ["node.tree", "node.no"]),)

    tree: Mapped[int] = mapped_column(primary_key=True)
    no: Mapped[int] = mapped_column(primary_key=True)
    parent_no: Mapped[Optional[int]]
    label: Mapped[str]

    parent: Mapped[Optional["Node"]] = relationship(back_populates="children", remote_side=[tree, no])
    children: Mapped[List["Node"]] = relationship(back_populates="parent", order_by="Node.no")

    def __repr__(self):
        return f"Node({self.tree}/{self.no} {self.label!r})"


class Other(DeclarativeBase):
    pass


class Edge(Other):
    __tablename__ = "edge"
    id: Mapped[int] = mapped_column(primary_key=True)
    src_id: Mapped[Optional[int]] = mapped_column(ForeignKey("edge.id"))
    dst_id: Mapped[Optional[int]] = mapped_column(ForeignKey("edge.id"))
    nexts: Mapped[List["Edge"]] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

