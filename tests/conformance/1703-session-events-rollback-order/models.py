from sqlalchemy import create_engine, String, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, sessionmaker

log = []


class Base(DeclarativeBase):
    pass


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))

    def __repr__(self):
        return f"Task({self.title})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine)

for name in ["transient_to_pending", "pending_to_persistent", "pending_to_transient", "persistent_to_deleted",
             "deleted_to_detached", "persistent_to_detached", "detached_to_persistent", "loaded_as_persistent",
             "persistent_to_transient", "deleted_to_persistent"]:
    def make(n):
        def fn(session, instance):
            log.append(f"{n}:{instance.title if 'title' in instance.__dict__ else '?'}")
        return fn
    event.listen(SessionLocal, name, make(name))

for name in ["after_begin", "before_commit", "after_commit", "after_rollback", "after_soft_rollback"]:
    def make2(n):
        def fn(*args):
            log.append(n)
        return fn
    event.listen(SessionLocal, name, make2(name))
