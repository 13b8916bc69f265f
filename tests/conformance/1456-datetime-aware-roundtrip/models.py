from datetime import datetime, timedelta, timezone
from sqlalchemy import create_engine, String, DateTime, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    starts: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created: Mapped[datetime] = mapped_column(default=datetime(2024, 1, 1, 8, 0))

    def __repr__(self):
        return f"Meeting({self.title}, {self.starts:%Y-%m-%d %H:%M})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
