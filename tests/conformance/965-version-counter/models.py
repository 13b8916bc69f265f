from sqlalchemy import create_engine, Integer, String, select, update
from sqlalchemy.orm import DeclarativeBase, mapped_column, Session
from sqlalchemy.orm.exc import StaleDataError


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    id = mapped_column(Integer, primary_key=True)
    version_id = mapped_column(Integer, nullable=False)
    name = mapped_column(String(50), nullable=False)

    __mapper_args__ = {"version_id_col": version_id}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
