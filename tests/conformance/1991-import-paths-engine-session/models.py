from typing import Optional
from sqlalchemy import Column, Integer, String, create_engine, text, Connection, Engine, Row
from sqlalchemy.engine import RowMapping, Inspector, make_url
from sqlalchemy.engine.reflection import Inspector as ReflectionInspector
from sqlalchemy.orm import declarative_base
from sqlalchemy.orm.session import Session, sessionmaker
from sqlalchemy.orm.query import Query

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String)


engine: Engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)
