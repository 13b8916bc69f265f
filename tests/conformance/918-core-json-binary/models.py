from sqlalchemy import create_engine, String, JSON, LargeBinary, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "docs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    tags: Mapped[list | None] = mapped_column(JSON)
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
