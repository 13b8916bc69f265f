from typing import List

from sqlalchemy import create_engine, Integer, ForeignKey, Column, Table, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session
from sqlalchemy.orm import mapped_column, relationship


class Base(DeclarativeBase):
    pass


node_to_node = Table(
    "node_to_node",
    Base.metadata,
    Column("left_node_id", Integer, ForeignKey("node.id"), primary_key=True),
    Column("right_node_id", Integer, ForeignKey("node.id"), primary_key=True),
)


class Node(Base):
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]
    right_nodes: Mapped[List["Node"]] = relationship(
        "Node",
        secondary=node_to_node,
        primaryjoin=id == node_to_node.c.left_node_id,
        secondaryjoin=id == node_to_node.c.right_node_id,
        back_populates="left_nodes",
    )
    left_nodes: Mapped[List["Node"]] = relationship(
        "Node",
        secondary=node_to_node,
        primaryjoin=id == node_to_node.c.right_node_id,
        secondaryjoin=id == node_to_node.c.left_node_id,
        back_populates="right_nodes",
    )


class Node2(Base):
    __tablename__ = "node2"
    id = mapped_column(Integer, primary_key=True)
    label = mapped_column(String)
    right_nodes = relationship(
        "Node2",
        secondary="node2_to_node2",
        primaryjoin="Node2.id==node2_to_node2.c.left_node_id",
        secondaryjoin="Node2.id==node2_to_node2.c.right_node_id",
        backref="left_nodes",
    )


node2_to_node2 = Table(
    "node2_to_node2",
    Base.metadata,
    Column("left_node_id", Integer, ForeignKey("node2.id"), primary_key=True),
    Column("right_node_id", Integer, ForeignKey("node2.id"), primary_key=True),
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
