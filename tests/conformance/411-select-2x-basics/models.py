# 2.0-style querying (Unified Tutorial "Using SELECT Statements" / ORM Querying Guide)
from typing import Optional
from sqlalchemy import create_engine, String, select, func, and_, or_, desc
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[Optional[str]]
    age: Mapped[int] = mapped_column(default=18)

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, name={self.name!r}, fullname={self.fullname!r})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([
        User(name="spongebob", fullname="Spongebob Squarepants", age=20),
        User(name="sandy", fullname="Sandy Cheeks", age=31),
        User(name="patrick", fullname="Patrick Star", age=20),
        User(name="squidward", fullname=None),
    ])
    session.commit()
