from sqlalchemy import create_engine, String, Integer, select, update, delete, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(20))
    balance: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "account"}

    def __repr__(self):
        return f"{type(self).__name__}({self.owner}, {self.balance})"


class Savings(Account):
    __mapper_args__ = {"polymorphic_identity": "savings"}


class Checking(Account):
    __mapper_args__ = {"polymorphic_identity": "checking"}


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
