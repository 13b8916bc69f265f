from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Group(Base):
    __tablename__ = "groups"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    users = relationship("User", back_populates="group")


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    group_id = Column(Integer, ForeignKey("groups.id"))
    group = relationship("Group", back_populates="users")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine, expire_on_commit=False)
