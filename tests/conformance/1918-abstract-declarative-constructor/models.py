from sqlalchemy import create_engine, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Model(Base):
    __abstract__ = True
    id: Mapped[int] = mapped_column(primary_key=True)


class Doctor(Model):
    __tablename__ = "doctors"
    name: Mapped[str] = mapped_column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
