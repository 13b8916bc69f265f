from sqlalchemy import create_engine, String, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(10), unique=True)


events = []


@event.listens_for(Session, "after_rollback")
def on_rollback(session):
    events.append("after_rollback")


@event.listens_for(Session, "after_soft_rollback")
def on_soft(session, previous_transaction):
    events.append(f"after_soft_rollback {type(previous_transaction).__name__}")


@event.listens_for(Session, "deleted_to_persistent")
def back(session, instance):
    events.append(f"deleted_to_persistent {instance.__dict__.get('sku', '?')}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
