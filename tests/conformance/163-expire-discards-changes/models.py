from sqlalchemy import create_engine, Column, Integer, String, Boolean
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Light(Base):
    __tablename__ = "lights"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    on = Column(Boolean, default=False)
    level = Column(Integer, default=50)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
