# Reflection: Table(..., autoload_with=engine), MetaData.reflect(only=...), the Inspector's dictionaries, types by SQLite affinity
from sqlalchemy import (create_engine, Column, Integer, String, Numeric, Text, ForeignKey, MetaData, Table,
                        UniqueConstraint, Index, inspect, select, insert, text)
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Team(Base):
    __tablename__ = 'teams'
    id = Column(Integer, primary_key=True)
    name = Column(String(40), nullable=False, unique=True)
    budget = Column(Numeric(10, 2))


class Player(Base):
    __tablename__ = 'players'
    id = Column(Integer, primary_key=True)
    name = Column(String(40), index=True)
    team_id = Column(Integer, ForeignKey('teams.id', ondelete='CASCADE'))
    bio = Column(Text)


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
with engine.begin() as conn:
    conn.exec_driver_sql("CREATE TABLE legacy (code VARCHAR(8) PRIMARY KEY, qty INT NOT NULL DEFAULT 0, price DOUBLE, blob_col BLOB, odd MONEY, note CLOB, big BIGINT, flag BOOL, at DATETIME)")
    conn.execute(insert(Team.__table__), [{'name': 'Reds'}, {'name': 'Blues'}])
    conn.execute(insert(Player.__table__), [{'name': 'ann', 'team_id': 1}, {'name': 'bob', 'team_id': 2}])
