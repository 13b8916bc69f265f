import dataclasses
from typing import Optional
from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, MappedAsDataclass, Mapped, mapped_column, relationship, Session


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str] = mapped_column(String(30))
    members: Mapped[list["Member"]] = relationship(default_factory=list, back_populates="team", repr=False)


class Member(Base, kw_only=True):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str] = mapped_column(String(30))
    role: Mapped[str] = mapped_column(String(20), default="dev")
    nickname: Mapped[Optional[str]] = mapped_column(default=None, compare=False)
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id"), init=False, repr=False)
    team: Mapped[Optional[Team]] = relationship(default=None, back_populates="members", repr=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
