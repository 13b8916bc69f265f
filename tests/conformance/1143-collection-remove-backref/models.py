from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Team(Base):
    __tablename__ = "team"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    players = relationship("Player", backref="team", order_by="Player.id")

    def __repr__(self):
        return f"<Team {self.name}>"


class Player(Base):
    __tablename__ = "player"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    team_id = Column(Integer, ForeignKey("team.id"))

    def __repr__(self):
        return f"<Player {self.name}>"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
