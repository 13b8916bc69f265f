from sqlalchemy import create_engine, String, ForeignKey, select, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class ProtectedError(Exception):
    pass


class Base(DeclarativeBase):
    pass


class Category(Base):
    __tablename__ = "category"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    system: Mapped[bool] = mapped_column(default=False)
    products: Mapped[list["Product"]] = relationship(back_populates="category")


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    category: Mapped[Category | None] = relationship(back_populates="products")


@event.listens_for(Category, "before_delete")
def guard(mapper, connection, target):
    if target.system:
        raise ProtectedError(f"category {target.name!r} is protected")
    n = connection.scalar(select(func.count()).select_from(Product.__table__).where(Product.category_id == target.id))
    print(f"deleting {target.name} with {n} products")


@event.listens_for(Session, "after_rollback")
def rb(session):
    print("rolled back")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
