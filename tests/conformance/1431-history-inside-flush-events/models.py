from sqlalchemy import create_engine, String, event, inspect, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.orm.attributes import get_history


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(30))
    balance: Mapped[int] = mapped_column(default=0)


seen = []


@event.listens_for(Account, "after_insert")
def inserted(mapper, connection, target):
    h = inspect(target).attrs.owner.history
    seen.append(("insert", list(h.added), list(h.deleted), inspect(target).attrs.balance.history.has_changes()))


@event.listens_for(Account, "after_update")
def updated(mapper, connection, target):
    for key in ("owner", "balance"):
        h = get_history(target, key)
        if h.has_changes():
            seen.append(("update", key, list(h.deleted), list(h.added)))


@event.listens_for(Session, "after_flush")
def after_flush(session, ctx):
    for obj in session.dirty:
        seen.append(("after_flush", inspect(obj).attrs.balance.history.has_changes()))


@event.listens_for(Session, "after_flush_postexec")
def postexec(session, ctx):
    for obj in session.identity_map.values():
        seen.append(("postexec", inspect(obj).attrs.balance.history.has_changes()))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
