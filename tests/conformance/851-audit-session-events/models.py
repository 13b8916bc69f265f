from sqlalchemy import create_engine, Column, Integer, String, event, inspect
from sqlalchemy.orm import declarative_base, sessionmaker, Session as OrmSession

Base = declarative_base()


class Account(Base):
    __tablename__ = "account"
    id = Column(Integer, primary_key=True)
    owner = Column(String(20))
    balance = Column(Integer, default=0)


class AuditLog(Base):
    __tablename__ = "audit_log"
    id = Column(Integer, primary_key=True)
    action = Column(String(10))
    detail = Column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)


@event.listens_for(Session, "before_flush")
def audit(session, flush_context, instances):
    for obj in sorted(session.new, key=lambda o: str(getattr(o, "owner", ""))):
        if isinstance(obj, Account):
            session.add(AuditLog(action="create", detail=f"{obj.owner}:{obj.balance}"))
    for obj in sorted(session.dirty, key=lambda o: str(getattr(o, "owner", ""))):
        if isinstance(obj, Account) and session.is_modified(obj):
            hist = inspect(obj).attrs.balance.history
            session.add(AuditLog(action="update", detail=f"{obj.owner}:{list(hist.deleted)}->{list(hist.added)}"))
    for obj in list(session.deleted):
        if isinstance(obj, Account):
            session.add(AuditLog(action="delete", detail=obj.owner))


commits = []


@event.listens_for(Session, "after_commit")
def after_commit(session):
    commits.append("commit")


@event.listens_for(Session, "after_rollback")
def after_rollback(session):
    commits.append("rollback")
