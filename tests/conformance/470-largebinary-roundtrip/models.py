from typing import Optional
from sqlalchemy import create_engine, LargeBinary, BLOB, String, select, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Attachment(Base):
    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(50))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[Optional[bytes]] = mapped_column(BLOB)
    checksum: Mapped[Optional[bytes]]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
