from sqlalchemy import create_engine, Integer, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session, sessionmaker


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String(50))
    audit = mapped_column(String(50))
    addresses = relationship("Address", back_populates="user")


class Address(Base):
    __tablename__ = "address"

    id = mapped_column(Integer, primary_key=True)
    email = mapped_column(String(50))
    user_id = mapped_column(Integer, ForeignKey("user.id"))
    user = relationship("User", back_populates="addresses")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(engine)


@event.listens_for(Session, "before_flush")
def before_flush(session, flush_context, instances):
    for obj in session.new:
        if isinstance(obj, User):
            obj.audit = "created"
            print("before_flush new", obj.name)
    for obj in session.dirty:
        if isinstance(obj, User):
            obj.audit = "updated"
            print("before_flush dirty", obj.name)
    for obj in session.deleted:
        print("before_flush deleted", type(obj).__name__)


@event.listens_for(Session, "after_flush")
def after_flush(session, flush_context):
    print("after_flush", len(session.new), len(session.dirty), len(session.deleted))


@event.listens_for(Session, "after_flush_postexec")
def after_flush_postexec(session, flush_context):
    print("after_flush_postexec", len(session.new))


@event.listens_for(Session, "after_commit")
def after_commit(session):
    print("after_commit")


@event.listens_for(Session, "after_rollback")
def after_rollback(session):
    print("after_rollback")


@event.listens_for(Session, "after_begin")
def after_begin(session, transaction, connection):
    print("after_begin")
