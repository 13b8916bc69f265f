import dataclasses
from sqlalchemy import create_engine, String, select, update, insert
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, composite, Session


class Base(DeclarativeBase):
    pass


@dataclasses.dataclass
class Money:
    amount: int
    currency: str


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    _email: Mapped[str] = mapped_column(String(80))
    first: Mapped[str] = mapped_column(String(20))
    last: Mapped[str] = mapped_column(String(20))
    balance: Mapped[Money] = composite(mapped_column("bal_amount"), mapped_column("bal_currency"))

    @hybrid_property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        self._email = value.lower()

    @hybrid_property
    def full_name(self):
        return self.first + " " + self.last

    @full_name.update_expression
    def full_name(cls, value):
        first, last = value.split(" ", 1)
        return [(cls.first, first), (cls.last, last)]

    def __repr__(self):
        return f"Account({self.email!r}, {self.full_name!r}, {self.balance})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
