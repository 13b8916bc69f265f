from sqlalchemy import JSON, String, Table, Column, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    body = mapped_column(JSON(none_as_null=True))
    extra = mapped_column(JSON, nullable=True)


blob = Table("blob", Base.metadata, Column("id", Integer, primary_key=True), Column("data", JSON(none_as_null=True)))
