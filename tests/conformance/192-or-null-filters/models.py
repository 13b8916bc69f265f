from sqlalchemy import create_engine, Column, Integer, String, or_, and_, not_, select
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Lead(Base):
    __tablename__ = "leads"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    source = Column(String(20))
    score = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
