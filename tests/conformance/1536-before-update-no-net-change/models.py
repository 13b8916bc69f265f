import itertools
from datetime import datetime, timedelta
from sqlalchemy import create_engine, String, event, select, delete, DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

_ticks = itertools.count()


def fake_now():
    return datetime(2024, 1, 1, 12, 0) + timedelta(minutes=next(_ticks))


class Base(DeclarativeBase):
    pass


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=fake_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=fake_now, onupdate=fake_now)


class Article(TimestampMixin, Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    slug: Mapped[str] = mapped_column(String(80), default="")
    edits: Mapped[int] = mapped_column(default=0)


def slugify(text):
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


@event.listens_for(Article, "before_insert")
def set_slug(mapper, connection, target):
    target.slug = slugify(target.title)


@event.listens_for(Article, "before_update")
def bump(mapper, connection, target):
    target.edits += 1
    target.slug = slugify(target.title)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
