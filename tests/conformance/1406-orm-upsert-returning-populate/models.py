from sqlalchemy import create_engine, String, select, func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    fullname: Mapped[str] = mapped_column(String(60))
    logins: Mapped[int] = mapped_column(default=0)

    def __repr__(self):
        return f"User({self.name!r}, {self.fullname!r}, logins={self.logins})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
