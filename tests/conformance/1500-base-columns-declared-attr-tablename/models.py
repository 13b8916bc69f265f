import re
from sqlalchemy import create_engine, String, ForeignKey, select, inspect, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, declared_attr


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return snake(cls.__name__) + "s"

    id: Mapped[int] = mapped_column(primary_key=True)

    def __repr__(self):
        cols = ", ".join(f"{c.key}={getattr(self, c.key)!r}" for c in inspect(self).mapper.column_attrs)
        return f"{type(self).__name__}({cols})"


class NamedMixin:
    name: Mapped[str] = mapped_column(String(50))


class OwnedMixin:
    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("app_users.id"))

    @declared_attr
    def owner(cls) -> Mapped["AppUser"]:
        return relationship()


class AppUser(NamedMixin, Base):
    pass


class BlogPost(NamedMixin, OwnedMixin, Base):
    views: Mapped[int] = mapped_column(default=0)


class PhotoAlbum(NamedMixin, OwnedMixin, Base):
    @declared_attr
    def __tablename__(cls):
        return "albums"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
