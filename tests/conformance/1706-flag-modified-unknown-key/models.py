from sqlalchemy import create_engine, String, JSON, select, PickleType
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.orm.attributes import flag_modified, get_history, set_committed_value, instance_state
from sqlalchemy import inspect


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    prefs: Mapped[str] = mapped_column(String(200), default="")
    score: Mapped[int] = mapped_column(default=0)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
