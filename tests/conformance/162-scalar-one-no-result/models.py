from sqlalchemy import create_engine, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.exc import NoResultFound, MultipleResultsFound


class Base(DeclarativeBase):
    pass


class Drug(Base):
    __tablename__ = "drugs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    dose_mg: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
