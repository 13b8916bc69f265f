# Aliased entities and relationship paths (aliased(X).rel, of_type, and_), a recursive CTE over an
# adjacency list and window functions in subqueries, printed as SQLAlchemy compiles them
from sqlalchemy import create_engine, ForeignKey, String, select, func, literal
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = 'team'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey('team.id'))
    players: Mapped[list['Player']] = relationship(back_populates='team')


class Player(Base):
    __tablename__ = 'player'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    score: Mapped[int]
    team_id: Mapped[int] = mapped_column(ForeignKey('team.id'))
    team: Mapped[Team] = relationship(back_populates='players')


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
with Session(engine) as s:
    root = Team(id=1, name='club')
    s.add_all([root, Team(id=2, name='juniors', parent_id=1), Team(id=3, name='minis', parent_id=2),
               Team(id=4, name='seniors', parent_id=1)])
    s.flush()
    s.add_all([Player(name='ann', score=30, team_id=2), Player(name='bob', score=50, team_id=2),
               Player(name='cy', score=40, team_id=3), Player(name='di', score=70, team_id=4),
               Player(name='ed', score=70, team_id=4)])
    s.commit()
session = Session(engine)
