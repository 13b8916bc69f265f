from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship

log = []


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(40))
    nickname: Mapped[Optional[str]] = mapped_column(String(20))
    balance: Mapped[int] = mapped_column(default=0)
    tags: Mapped[list["Tag"]] = relationship(cascade="all, delete-orphan")


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    label: Mapped[str] = mapped_column(String(20))


@event.listens_for(Account.email, "set", retval=True)
def lower_email(target, value, oldvalue, initiator):
    log.append(f"email {oldvalue!r}->{value!r}")
    return value.strip().lower()


@event.listens_for(Account.balance, "set")
def watch_balance(target, value, oldvalue, initiator):
    log.append(f"balance {oldvalue}->{value}")


@event.listens_for(Account.tags, "append", retval=True)
def tag_append(target, value, initiator):
    value.label = value.label.upper()
    log.append(f"append {value.label}")
    return value


@event.listens_for(Account.tags, "remove")
def tag_remove(target, value, initiator):
    log.append(f"remove {value.label}")


@event.listens_for(Account.nickname, "init_scalar", retval=True, propagate=True)
def nick_default(target, value, dict_):
    dict_["nickname"] = "anon"
    return "anon"


@event.listens_for(Account, "init")
def on_init(target, args, kwargs):
    log.append(f"init {sorted(kwargs)}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
