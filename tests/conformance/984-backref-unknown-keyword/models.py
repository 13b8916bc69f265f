from sqlalchemy import create_engine, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, backref, Session


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id = mapped_column(Integer, primary_key=True)
    kids = relationship("Kid", backref=backref("parent", uselist=False, colour="red"))


class Kid(Base):
    __tablename__ = "kid"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(ForeignKey("parent.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
