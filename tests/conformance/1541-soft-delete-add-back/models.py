from sqlalchemy import ForeignKey, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Folder(Base):
    __tablename__ = "folder"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    files: Mapped[list["File"]] = relationship(back_populates="folder", cascade="all, delete-orphan")

    def __repr__(self):
        return f"Folder({self.name!r})"


class File(Base):
    __tablename__ = "file"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    folder_id: Mapped[int] = mapped_column(ForeignKey("folder.id"))
    folder: Mapped[Folder] = relationship(back_populates="files")

    def __repr__(self):
        return f"File({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
