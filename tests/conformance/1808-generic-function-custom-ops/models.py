from sqlalchemy import create_engine, String, Integer, select, func, literal_column, column, type_coerce, text, cast, Float
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    flags: Mapped[int]
    price: Mapped[float]


class char_length(GenericFunction):
    type = Integer()
    name = "length"
    inherit_cache = True


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
