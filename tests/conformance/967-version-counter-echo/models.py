from sqlalchemy import ForeignKey, create_engine, delete
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.orm.exc import StaleDataError


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    balance: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(nullable=False)
    entries: Mapped[list["Entry"]] = relationship(back_populates="account")

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self):
        return f"<Account {self.owner} balance={self.balance} v{self.version}>"


class Entry(Base):
    __tablename__ = "entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[int]
    account: Mapped[Account] = relationship(back_populates="entries")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
