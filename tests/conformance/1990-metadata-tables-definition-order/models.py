from sqlalchemy import create_engine, Column, Integer, ForeignKey, MetaData, Table
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Zebra(Base):
    __tablename__ = "zebra"
    id = Column(Integer, primary_key=True)


class Kw(Base):
    __tablename__ = "kw"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("user.id"))


class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
