# 2.0 ORM-enabled UPDATE/DELETE (docs "ORM-Enabled INSERT, UPDATE, and DELETE statements")
from sqlalchemy import create_engine, String, select, update, delete, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str]
    score: Mapped[int] = mapped_column(default=0)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
