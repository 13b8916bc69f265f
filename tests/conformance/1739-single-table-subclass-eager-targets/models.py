from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, joinedload, selectinload


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    players: Mapped[list["Player"]] = relationship(viewonly=True, order_by="Player.id")
    coaches: Mapped[list["Coach"]] = relationship(viewonly=True, order_by="Coach.id")


class Member(Base):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(10))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id"))
    __mapper_args__ = {"polymorphic_on": role, "polymorphic_identity": "member"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Player(Member):
    __mapper_args__ = {"polymorphic_identity": "player"}


class Coach(Member):
    __mapper_args__ = {"polymorphic_identity": "coach"}


class Match(Base):
    __tablename__ = "match"
    id: Mapped[int] = mapped_column(primary_key=True)
    referee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("member.id"))
    mvp_id: Mapped[Optional[int]] = mapped_column(ForeignKey("member.id"))
    referee: Mapped[Optional[Coach]] = relationship(foreign_keys=[referee_id])
    mvp: Mapped[Optional[Player]] = relationship(foreign_keys=[mvp_id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
