from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner = Column(String(30), nullable=False)
    balance = Column(Float, default=0.0)
    entries = relationship("Entry", back_populates="account", order_by="Entry.id")

    def __init__(self, owner, opening=0.0, **kwargs):
        super().__init__(owner=owner.strip().title(), **kwargs)
        if opening:
            self.deposit(opening, "opening")

    def deposit(self, amount, memo):
        self.entries.append(Entry(amount=amount, memo=memo))
        self.balance = (self.balance or 0.0) + amount


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    amount = Column(Float)
    memo = Column(String(30))
    account_id = Column(Integer, ForeignKey("accounts.id"))
    account = relationship("Account", back_populates="entries")

    def __init__(self, amount, memo="-"):
        self.amount = amount
        self.memo = memo


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
