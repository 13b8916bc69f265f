from typing import Annotated, Optional
from decimal import Decimal
from sqlalchemy import create_engine, String, Numeric, ForeignKey, select, func, text, BigInteger, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.schema import CreateTable

intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, 50]
required_name = Annotated[str, mapped_column(String(30), nullable=False)]
money = Annotated[Decimal, mapped_column(Numeric(10, 2))]
counter = Annotated[int, mapped_column(server_default=text("0"))]
user_fk = Annotated[int, mapped_column(ForeignKey("user_account.id"))]


class Base(DeclarativeBase):
    type_annotation_map = {str50: String(50), int: BigInteger().with_variant(Integer(), "sqlite")}


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[intpk]
    name: Mapped[required_name]
    email: Mapped[Optional[str50]]
    nickname: Mapped[str | None] = mapped_column(String(20))
    logins: Mapped[counter]
    orders: Mapped[list["Purchase"]] = relationship(back_populates="user")


class Purchase(Base):
    __tablename__ = "purchase"
    id: Mapped[intpk]
    user_id: Mapped[user_fk]
    amount: Mapped[money]
    note: Mapped[Optional[str]]
    user: Mapped[User] = relationship(back_populates="orders")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
