# inspect(engine): the Inspector right after create_all (tables, columns, keys, indexes)
from sqlalchemy import create_engine, Column, Integer, String, Text, Boolean, ForeignKey, Index, inspect
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Team(Base):
    __tablename__ = "teams"
    id = Column(Integer, primary_key=True)
    name = Column(String(40), nullable=False, unique=True)


class Player(Base):
    __tablename__ = "players"
    id = Column(Integer, primary_key=True)
    name = Column(String(40), index=True)
    bio = Column(Text)
    active = Column(Boolean, default=True)
    team_id = Column(Integer, ForeignKey("teams.id", ondelete="CASCADE"))
    coach_id = Column(Integer, ForeignKey("teams.id"))
    __table_args__ = (Index("ix_team_coach", "team_id", "coach_id"),)


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
