from sqlalchemy import create_engine, ForeignKey, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, joinedload, deferred
from sqlalchemy import inspect


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    motto: Mapped[str] = mapped_column(Text)
    history: Mapped[str] = mapped_column(Text, deferred=True)
    players: Mapped[list["Player"]] = relationship(back_populates="team", order_by="Player.id")


class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    bio: Mapped[str] = mapped_column(Text)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Team] = relationship(back_populates="players")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
