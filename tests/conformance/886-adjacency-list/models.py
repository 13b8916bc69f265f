from sqlalchemy import create_engine, Integer, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "node"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(Integer, ForeignKey("node.id"))
    data = mapped_column(String(50))
    children = relationship("Node", back_populates="parent", lazy="joined", join_depth=2)
    parent = relationship("Node", back_populates="children", remote_side=[id])

    def __repr__(self):
        return f"Node({self.data!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
