from sqlalchemy import create_engine, String, exc
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(80), unique=True)
    nick: Mapped[str | None] = mapped_column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
