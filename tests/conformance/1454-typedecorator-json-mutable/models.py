import json
from sqlalchemy import create_engine, String, select, Text
from sqlalchemy.types import TypeDecorator
from sqlalchemy.ext.mutable import MutableDict, MutableList
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class JSONEncodedDict(TypeDecorator):
    """Represents an immutable structure as a json-encoded string."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = json.dumps(value, sort_keys=True)
        return value

    def process_result_value(self, value, dialect):
        if value is not None:
            value = json.loads(value)
        return value


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30))
    settings = mapped_column(MutableDict.as_mutable(JSONEncodedDict))
    frozen = mapped_column(JSONEncodedDict)
    tags = mapped_column(MutableList.as_mutable(JSONEncodedDict))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
