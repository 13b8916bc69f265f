from sqlalchemy import create_engine, String, ForeignKey, select, CheckConstraint, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


@event.listens_for(Engine, "connect")
def fk_on(dbapi_connection, connection_record):
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)


class Player(Base):
    __tablename__ = "player"
    __table_args__ = (CheckConstraint("age BETWEEN 16 AND 45", name="ck_age"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    age: Mapped[int]
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
