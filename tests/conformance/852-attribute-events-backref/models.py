from sqlalchemy import create_engine, Integer, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String(50))
    email = mapped_column(String(50))
    addresses = relationship("Address", back_populates="user")


class Address(Base):
    __tablename__ = "address"

    id = mapped_column(Integer, primary_key=True)
    email = mapped_column(String(50))
    user_id = mapped_column(Integer, ForeignKey("user.id"))
    user = relationship("User", back_populates="addresses")


@event.listens_for(User.name, "set")
def receive_set(target, value, oldvalue, initiator):
    print("set", initiator.key, repr(value), repr(oldvalue))


@event.listens_for(User.email, "set", retval=True)
def validate_email(target, value, oldvalue, initiator):
    return value.lower()


@event.listens_for(User.addresses, "append")
def receive_append(target, value, initiator):
    print("append", target.name, value.email)


@event.listens_for(User.addresses, "remove")
def receive_remove(target, value, initiator):
    print("remove", target.name, value.email)


@event.listens_for(Address.user, "set")
def receive_user_set(target, value, oldvalue, initiator):
    print("user set", target.email, value.name if value is not None else None)


@event.listens_for(User, "init")
def receive_init(target, args, kwargs):
    print("init", sorted(kwargs))


@event.listens_for(User, "load")
def receive_load(target, context):
    print("load", target.name)


@event.listens_for(User, "refresh")
def receive_refresh(target, context, attrs):
    print("refresh", attrs)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
