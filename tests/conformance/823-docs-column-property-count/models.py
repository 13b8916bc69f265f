from sqlalchemy.orm import column_property
from sqlalchemy import select, func, create_engine
from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Address(Base):
    __tablename__ = "address"
    id = mapped_column(Integer, primary_key=True)
    user_id = mapped_column(Integer, ForeignKey("user.id"))
    email = mapped_column(String)


class User(Base):
    __tablename__ = "user"
    id = mapped_column(Integer, primary_key=True)
    firstname = mapped_column(String(50))
    lastname = mapped_column(String(50))
    fullname = column_property(firstname + " " + lastname)
    address_count = column_property(
        select(func.count(Address.id))
        .where(Address.user_id == id)
        .correlate_except(Address)
        .scalar_subquery()
    )
    addresses = relationship(Address)


User.last_email = column_property(
    select(func.max(Address.email)).where(Address.user_id == User.id).scalar_subquery()
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
