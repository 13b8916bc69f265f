from sqlalchemy import create_engine, String, Integer, DateTime, Numeric
from sqlalchemy.sql.functions import GenericFunction, ReturnTypeFromArgs
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    price: Mapped[float]


class strlen(GenericFunction):
    type = Integer()
    name = "length"
    identifier = "strlen"
    inherit_cache = True


class upper_name(GenericFunction):
    type = String
    name = "upper"
    package = "txt"
    inherit_cache = True


class ifnull(ReturnTypeFromArgs):
    inherit_cache = True


class julianday(GenericFunction):
    type = Numeric()
    inherit_cache = True


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
