from sqlalchemy import create_engine
from sqlalchemy import inspect
from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, backref
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    name = Column("full_name", String(50))
    other = Column(String(20))
    bs = relationship("B", backref=backref("a", lazy="joined"), lazy="dynamic")
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(ForeignKey("a.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
