from sqlalchemy import create_engine, String, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, sessionmaker, object_session


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))

    def save(self):
        sess = object_session(self)
        if sess is None:
            raise RuntimeError(f"{self.title} is not attached to a session")
        sess.info.setdefault("saved", []).append(self.title)
        sess.commit()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Factory = sessionmaker(engine, info={"app": "demo"})
