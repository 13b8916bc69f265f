from sqlalchemy import Column, Integer, String, JSON, create_engine, select
from sqlalchemy.ext.mutable import MutableDict, MutableList
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Profile(Base):
    __tablename__ = "profiles"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    settings = Column(MutableDict.as_mutable(JSON), default=dict)
    tags = Column(MutableList.as_mutable(JSON))
    plain = Column(JSON)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
