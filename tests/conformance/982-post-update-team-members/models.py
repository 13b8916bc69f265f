from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from typing import List, Optional


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    captain_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))

    captain: Mapped[Optional["Person"]] = relationship(foreign_keys=[captain_id])
    members: Mapped[List["Person"]] = relationship(
        primaryjoin="Team.id == Person.team_id", back_populates="team", post_update=True
    )

    def __repr__(self):
        return f"Team({self.name!r})"


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id"))

    team: Mapped[Optional[Team]] = relationship(
        primaryjoin="Team.id == Person.team_id", back_populates="members", post_update=True
    )

    def __repr__(self):
        return f"Person({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
