from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, update, delete, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(20))
    balance: Mapped[int] = mapped_column(default=0)
    frozen: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "basic"}

    def __repr__(self):
        return f"{type(self).__name__}({self.owner}, {self.balance}{', frozen' if self.frozen else ''})"


class Savings(Account):
    rate: Mapped[Optional[int]]
    __mapper_args__ = {"polymorphic_identity": "savings"}


class Checking(Account):
    overdraft: Mapped[Optional[int]]
    __mapper_args__ = {"polymorphic_identity": "checking"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
