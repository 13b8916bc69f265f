from sqlalchemy import create_engine, Column, Integer, String, Text, event, insert, select, inspect
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner = Column(String)
    balance = Column(Integer, default=0)
    tier = Column(String, default="basic")


class AuditLog(Base):
    __tablename__ = "audit_log"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer)
    field = Column(String)
    old = Column(String)
    new = Column(String)


@event.listens_for(Account, "after_update")
def audit(mapper, connection, target):
    state = inspect(target)
    for attr in state.attrs:
        hist = attr.load_history()
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            connection.execute(insert(AuditLog).values(account_id=target.id, field=attr.key, old=str(old), new=str(new)))


@event.listens_for(Account, "after_insert")
def created(mapper, connection, target):
    connection.execute(AuditLog.__table__.insert().values(account_id=target.id, field="*", old=None, new="created"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
