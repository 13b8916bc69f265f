from sqlalchemy import String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, Query, sessionmaker


class Base(DeclarativeBase):
    pass


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    done: Mapped[bool] = mapped_column(default=False)


class TaskQuery(Query):
    def pending(self):
        return self.filter_by(done=False)

    def titles(self):
        return [t.title for t in self]


class AuditedSession(Session):
    """A service-layer session: keeps a log and has helpers."""

    def __init__(self, *args, user="anon", **kw):
        super().__init__(*args, **kw)
        self.user = user
        self.log = []

    def add(self, instance, _warn=True):
        self.log.append(f"{self.user} adds {type(instance).__name__}")
        super().add(instance)

    def count(self, model):
        return self.scalar(select(func.count()).select_from(model))
