from sqlalchemy import create_engine, ForeignKey, String, select, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    players: Mapped[list["Player"]] = relationship(back_populates="team", passive_updates=False, order_by="Player.id")

    def __repr__(self):
        return f"Team({self.code!r})"


class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    team_code: Mapped[str] = mapped_column(ForeignKey("team.code"))
    team: Mapped["Team"] = relationship(back_populates="players")

    def __repr__(self):
        return f"Player({self.name!r}, {self.team_code!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
