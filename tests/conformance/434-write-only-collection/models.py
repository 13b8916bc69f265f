from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, WriteOnlyMapped, Session
class Base(DeclarativeBase): pass
class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    identifier: Mapped[str]
    txs: WriteOnlyMapped["Tx"] = relationship(cascade="all, delete-orphan", passive_deletes=True, order_by="Tx.id")
class Tx(Base):
    __tablename__ = "tx"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="cascade"))
    d: Mapped[str]
    def __repr__(self): return f"Tx({self.d!r})"
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
