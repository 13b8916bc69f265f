from datetime import datetime
from sqlalchemy import create_engine, String, ForeignKey, select, func, insert, update, delete
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, WriteOnlyMapped, DynamicMapped


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    identifier: Mapped[str] = mapped_column(String(20))
    account_transactions: WriteOnlyMapped["AccountTransaction"] = relationship(cascade="all, delete-orphan", passive_deletes=True, order_by="AccountTransaction.id")
    old_style: DynamicMapped["AccountTransaction"] = relationship(viewonly=True, order_by="AccountTransaction.amount")

    def __repr__(self):
        return f"Account(identifier={self.identifier!r})"


class AccountTransaction(Base):
    __tablename__ = "account_transaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="cascade"))
    description: Mapped[str] = mapped_column(String(30))
    amount: Mapped[int]

    def __repr__(self):
        return f"AccountTransaction(amount={self.amount}, description={self.description!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
