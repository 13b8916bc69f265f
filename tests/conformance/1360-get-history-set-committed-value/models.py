from sqlalchemy import create_engine, String, select, JSON
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.orm.attributes import flag_modified, get_history, set_committed_value
from sqlalchemy import inspect


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    views: Mapped[int] = mapped_column(default=0)

    def __repr__(self):
        return f"Doc({self.title!r}, {self.meta}, {self.views})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
