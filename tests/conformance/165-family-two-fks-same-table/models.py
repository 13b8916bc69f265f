from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Person(Base):
    __tablename__ = "persons"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    mother_id = Column(Integer, ForeignKey("persons.id"))
    father_id = Column(Integer, ForeignKey("persons.id"))
    mother = relationship("Person", foreign_keys=[mother_id], remote_side=[id])
    father = relationship("Person", foreign_keys=[father_id], remote_side=[id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
