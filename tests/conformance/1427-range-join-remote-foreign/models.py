from sqlalchemy import create_engine, Integer, String, select, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Bucket(Base):
    __tablename__ = "bucket"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(10))
    low: Mapped[int]
    high: Mapped[int]

    def __repr__(self):
        return f"Bucket({self.label})"


class Reading(Base):
    __tablename__ = "reading"
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int]

    bucket = relationship(
        "Bucket",
        primaryjoin="and_(remote(Bucket.low) <= foreign(Reading.value), remote(Bucket.high) > foreign(Reading.value))",
        viewonly=True,
        uselist=False,
    )


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
