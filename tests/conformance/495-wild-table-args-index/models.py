from sqlalchemy import (create_engine, Column, Integer, String, ForeignKey, Index, UniqueConstraint,
                        CheckConstraint, MetaData, DateTime)
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.schema import CreateTable, CreateIndex
from sqlalchemy.exc import IntegrityError

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("org", "email", name="uq_org_email"),
        Index("ix_accounts_last_first", "last_name", "first_name"),
        CheckConstraint("age >= 0", name="ck_age"),
        {"sqlite_autoincrement": True},
    )
    id = Column(Integer, primary_key=True)
    org = Column(String(20), nullable=False)
    email = Column(String(100), nullable=False)
    first_name = Column(String(50))
    last_name = Column(String(50), index=True)
    age = Column(Integer)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = {"comment": "events table"}
    id = Column(Integer, primary_key=True)
    kind = Column(String(20), index=True, unique=True)


class Membership(Base):
    __tablename__ = "memberships"
    user_id = Column(Integer, ForeignKey("accounts.id"), primary_key=True)
    group = Column(String(20), primary_key=True)
    role = Column(String(20))
    __table_args__ = (Index("ix_role", "role", unique=True),)


Index("ix_events_kind_id", Event.kind, Event.id)

engine = create_engine("sqlite:///:memory:", echo=True)
Base.metadata.create_all(engine)
