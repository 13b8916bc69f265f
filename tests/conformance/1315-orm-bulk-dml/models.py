from sqlalchemy import create_engine, String, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str | None]
    species: Mapped[str | None] = mapped_column(String(30))

    def __repr__(self):
        return f"User(name={self.name!r}, fullname={self.fullname!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
