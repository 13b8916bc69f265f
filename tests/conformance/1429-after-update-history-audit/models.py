from sqlalchemy import create_engine, String, select, event, inspect, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship
class Base(DeclarativeBase):
    pass
class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    price: Mapped[int]
class Change(Base):
    __tablename__ = "change"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[str | None] = mapped_column(String(20))
    new: Mapped[str | None] = mapped_column(String(20))
@event.listens_for(Product, "after_update")
def log_changes(mapper, connection, target):
    state = inspect(target)
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            connection.execute(Change.__table__.insert().values(product_id=target.id, field=attr.key,
                               old=str(hist.deleted[0]) if hist.deleted else None, new=str(hist.added[0])))
@event.listens_for(Session, "before_flush")
def uppercase(session, flush_context, instances):
    for obj in session.dirty:
        if isinstance(obj, Product) and session.is_modified(obj):
            obj.name = obj.name.upper()
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
