from dataclasses import InitVar
from typing import Optional
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, MappedAsDataclass, Mapped, mapped_column


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    owner: Mapped[str] = mapped_column(String(40))
    opening: InitVar[int]
    currency: InitVar[Optional[str]] = None
    balance: Mapped[int] = mapped_column(init=False, default=0)
    code: Mapped[str] = mapped_column(init=False, default="XXX")

    def __post_init__(self, opening, currency):
        if opening < 0:
            raise ValueError("opening balance must not be negative")
        self.balance = opening
        self.code = (currency or "nok").upper()
