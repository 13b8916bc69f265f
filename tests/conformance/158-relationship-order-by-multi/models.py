from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class League(Base):
    __tablename__ = "leagues"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    clubs = relationship("Club", back_populates="league", order_by="(Club.points.desc(), Club.name)")
    by_name = relationship("Club", order_by="Club.name.desc()", viewonly=True)


class Club(Base):
    __tablename__ = "clubs"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    points = Column(Integer)
    league_id = Column(Integer, ForeignKey("leagues.id"))
    league = relationship("League", back_populates="clubs")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
