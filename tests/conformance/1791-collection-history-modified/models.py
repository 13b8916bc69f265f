from sqlalchemy import create_engine, String, ForeignKey, select, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, validates
from sqlalchemy.orm.attributes import get_history

log = []


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    players: Mapped[list["Player"]] = relationship(back_populates="team")

    def __repr__(self):
        return "Team:" + self.name

    @validates("players")
    def check(self, key, p):
        log.append(f"validate {p.name}")
        return p


class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Team | None] = relationship(back_populates="players")

    def __repr__(self):
        return self.name


@event.listens_for(Team.name, "modified")
def name_modified(target, initiator):
    log.append(f"modified {initiator.key}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
