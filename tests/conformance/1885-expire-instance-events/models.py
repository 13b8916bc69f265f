from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, event, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner = Column(String)
    balance = Column(Integer, default=0)
    entries = relationship("Entry", back_populates="account")


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"))
    amount = Column(Integer)
    account = relationship("Account", back_populates="entries")


@event.listens_for(Account, "expire")
def on_expire(target, attrs):
    print("expire", target.__class__.__name__, sorted(attrs) if attrs is not None else None)


@event.listens_for(Account, "refresh")
def on_refresh(target, context, attrs):
    print("refresh", sorted(attrs) if attrs is not None else None)


@event.listens_for(Account, "load")
def on_load(target, context):
    print("load", target.owner)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
