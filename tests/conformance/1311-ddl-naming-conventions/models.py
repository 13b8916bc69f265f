import enum
from sqlalchemy import create_engine, MetaData, String, Integer, ForeignKey, Enum, Numeric, Boolean, UniqueConstraint, CheckConstraint, Index
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Size(enum.Enum):
    S = "small"
    M = "medium"
    L = "large"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=convention)


class Brand(Base):
    __tablename__ = "brand"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class Shirt(Base):
    __tablename__ = "shirt"
    __table_args__ = (
        CheckConstraint("price > 0", name="positive_price"),
        UniqueConstraint("brand_id", "sku"),
        Index(None, "size", "color"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(12), index=True)
    size: Mapped[Size] = mapped_column(Enum(Size, create_constraint=True, name="size_enum"))
    size2: Mapped[Size] = mapped_column(Enum(Size, values_callable=lambda e: [m.value for m in e]), default=Size.M)
    color: Mapped[str] = mapped_column(String(10))
    price: Mapped[float] = mapped_column(Numeric(8, 2))
    on_sale: Mapped[bool] = mapped_column(Boolean(create_constraint=True, name="sale_flag"), default=False)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brand.id"))
    brand: Mapped[Brand] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
