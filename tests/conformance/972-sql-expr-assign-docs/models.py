from sqlalchemy import create_engine, Integer, String, select, sql, func
from sqlalchemy.orm import DeclarativeBase, mapped_column, Session


class Base(DeclarativeBase):
    pass


class SomeClass(Base):
    __tablename__ = "some"
    id = mapped_column(Integer, primary_key=True)
    value = mapped_column(Integer, default=0)
    label = mapped_column(String, server_default="none")


class Foo(Base):
    __tablename__ = "foo"
    pk = mapped_column(Integer, primary_key=True)
    bar = mapped_column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
