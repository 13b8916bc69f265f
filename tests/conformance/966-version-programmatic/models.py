import itertools
from sqlalchemy import create_engine, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, Session

counter = itertools.count(100)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    id = mapped_column(Integer, primary_key=True)
    version_uuid = mapped_column(String(32), nullable=False)
    name = mapped_column(String(50), nullable=False)

    __mapper_args__ = {"version_id_col": version_uuid, "version_id_generator": False}


class Doc(Base):
    __tablename__ = "doc"

    id = mapped_column(Integer, primary_key=True)
    rev = mapped_column(String(32), nullable=False)
    body = mapped_column(String(50), nullable=False)

    __mapper_args__ = {
        "version_id_col": rev,
        "version_id_generator": lambda version: "r%d" % next(counter),
    }


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
