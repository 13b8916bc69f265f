from sqlalchemy import create_engine, String, insert, update, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str | None]

    def __repr__(self):
        return f"User({self.id!r}, {self.name!r}, {self.fullname!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
