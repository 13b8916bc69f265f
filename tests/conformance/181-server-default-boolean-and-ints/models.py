from sqlalchemy import create_engine, Column, Integer, String, Boolean, Float, text, false
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Flag(Base):
    __tablename__ = "flags"
    id = Column(Integer, primary_key=True)
    name = Column(String(20), nullable=False)
    enabled = Column(Boolean, nullable=False, server_default=false())
    rollout = Column(Integer, server_default=text("0"))
    weight = Column(Float, server_default="1.5")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
