from datetime import datetime
from sqlalchemy import create_engine, String, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    bio: Mapped[str] = mapped_column(String(100))
    saves: Mapped[int] = mapped_column(default=0)
    stamp: Mapped[str | None] = mapped_column(String(20), onupdate=lambda: "updated")


calls = []


@event.listens_for(Profile, "before_update")
def before(mapper, connection, target):
    calls.append(("before", target.bio))
    if target.bio.startswith("!"):
        target.saves += 1


@event.listens_for(Profile, "after_update")
def after(mapper, connection, target):
    calls.append(("after", target.saves))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
