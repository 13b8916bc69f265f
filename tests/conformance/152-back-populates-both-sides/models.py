from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Team(Base):
    __tablename__ = "teams"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    members = relationship("Athlete", back_populates="team")


class Athlete(Base):
    __tablename__ = "athletes"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    team_id = Column(Integer, ForeignKey("teams.id"))
    team = relationship("Team", back_populates="members")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
