from sqlalchemy import create_engine, String, ForeignKey, select, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, sessionmaker, relationship, make_transient, make_transient_to_detached


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "setting"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20), unique=True)
    value: Mapped[str] = mapped_column(String(40))

    def __repr__(self):
        return f"{self.key}={self.value}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine, expire_on_commit=False)
