import uuid
from sqlalchemy import create_engine, String, ForeignKey, select, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session

NS = uuid.UUID("12345678-1234-5678-1234-567812345678")


def make_id(name):
    return uuid.uuid5(NS, name)


class Base(DeclarativeBase):
    pass


class Workspace(Base):
    __tablename__ = "workspace"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    docs: Mapped[list["Doc"]] = relationship(back_populates="workspace", order_by="Doc.title")


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    ext_id: Mapped[str] = mapped_column(Uuid(as_uuid=False), default=lambda: str(make_id("fixed")))
    title: Mapped[str] = mapped_column(String(30))
    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.id"))
    workspace: Mapped[Workspace] = relationship(back_populates="docs")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
