# Adjacency list (docs "Adjacency List Relationships"): Node with backref(parent, remote_side=[id]) and recursive printing
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()


class Node(Base):
    __tablename__ = 'node'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('node.id'))
    data = Column(String(50))
    children = relationship("Node", backref=backref('parent', remote_side=[id]), cascade="all, delete-orphan")

    def __repr__(self):
        return "Node(data=%r, id=%r, parent_id=%r)" % (self.data, self.id, self.parent_id)

    def dump(self, _indent=0):
        return "   " * _indent + repr(self) + "\n" + "".join(c.dump(_indent + 1) for c in self.children)


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
