from sqlalchemy import create_engine, String, select, event, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
class Base(DeclarativeBase):
    pass
class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    players: Mapped[list["Player"]] = relationship(back_populates="team", foreign_keys="Player.team_id")
class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    nick: Mapped[str | None]
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Team | None] = relationship(back_populates="players", foreign_keys=[team_id])
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    coach: Mapped[Team | None] = relationship(foreign_keys=[coach_id])
def show(v):
    return getattr(v, "name", None) if isinstance(v, Team) else repr(v)
for attr in ("name", "nick", "team", "coach"):
    @event.listens_for(getattr(Player, attr), "set")
    def plain(target, value, old, initiator, attr=attr):
        print("  plain", attr, show(old), "->", show(value))
@event.listens_for(Player.nick, "set", active_history=True)
def nick(target, value, old, initiator):
    print("  active nick", show(old), "->", show(value))
@event.listens_for(Player.coach, "set", active_history=True)
def coach(target, value, old, initiator):
    print("  active coach", show(old), "->", show(value))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
