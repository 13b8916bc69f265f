from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, Session, class_mapper, object_mapper, was_deleted
from sqlalchemy.orm.exc import UnmappedClassError, UnmappedInstanceError
from sqlalchemy.exc import ArgumentError

Base = declarative_base()


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String)


class Plain:
    pass


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
