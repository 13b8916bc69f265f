from sqlalchemy import create_engine, String, select, event, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


notes = []


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))


class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(40))
    rating: Mapped[int] = mapped_column(default=1000)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Team | None] = relationship()


@event.listens_for(Player.email, "set", active_history=True)
def email_changed(target, value, oldvalue, initiator):
    notes.append(f"email {oldvalue!r} -> {value!r}")


@event.listens_for(Player.rating, "set")
def rating_changed(target, value, oldvalue, initiator):
    notes.append(f"rating {oldvalue if isinstance(oldvalue, int) else type(oldvalue).__name__} -> {value}")


@event.listens_for(Player.team, "set", active_history=True)
def team_changed(target, value, oldvalue, initiator):
    notes.append(f"team {getattr(oldvalue, 'name', oldvalue if oldvalue is None else type(oldvalue).__name__)} -> {value.name if value else None}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
