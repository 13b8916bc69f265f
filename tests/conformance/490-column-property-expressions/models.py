from sqlalchemy import create_engine, ForeignKey, String, select, func, literal, inspect
from sqlalchemy.orm import (
    DeclarativeBase, Mapped, mapped_column, relationship, column_property, deferred,
    query_expression, with_expression, undefer, Session,
)


class Base(DeclarativeBase):
    pass


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    email: Mapped[str]


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(30))
    last: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str] = column_property(first + " " + last)
    n_addresses: Mapped[int] = column_property(
        select(func.count(Address.id)).where(Address.user_id == id).correlate_except(Address).scalar_subquery()
    )
    shout: Mapped[str] = deferred(func.upper(first))
    score: Mapped[int] = query_expression()
    bonus: Mapped[int] = query_expression(literal(7))
    addresses: Mapped[list[Address]] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
