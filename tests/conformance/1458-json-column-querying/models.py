from sqlalchemy import create_engine, String, select, JSON, func, cast, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "device"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    specs: Mapped[dict] = mapped_column(JSON)
    extra: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))

    def __repr__(self):
        return self.name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
