from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, select, func
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    children = relationship("Child", lazy="dynamic", cascade="all, delete-orphan", backref="parent")
    pets = relationship("Pet", lazy="dynamic")

    def __repr__(self):
        return f"<Parent {self.name!r}>"


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    name = Column(String(50))

    def __repr__(self):
        return f"<Child {self.name}>"


class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    name = Column(String(50))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
