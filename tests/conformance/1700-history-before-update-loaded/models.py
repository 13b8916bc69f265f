from sqlalchemy import create_engine, String, select, event, insert, Table, Column, Integer, MetaData, update, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.orm.attributes import get_history


class Base(DeclarativeBase):
    pass


audit = Table("audit", Base.metadata, Column("id", Integer, primary_key=True), Column("entity", String(20)), Column("entity_id", Integer), Column("action", String(10)), Column("detail", String(100)))


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    price: Mapped[int]
    version: Mapped[int] = mapped_column(default=1)


@event.listens_for(Product, "after_insert")
def log_insert(mapper, connection, target):
    connection.execute(insert(audit).values(entity=mapper.class_.__name__, entity_id=target.id, action="insert", detail=f"{target.name}@{target.price}"))


@event.listens_for(Product, "before_update")
def bump_version(mapper, connection, target):
    changes = []
    for attr in ("name", "price"):
        h = get_history(target, attr)
        if h.has_changes():
            changes.append(f"{attr}:{h.deleted[0] if h.deleted else None}->{h.added[0]}")
    if changes:
        target.version += 1
        connection.execute(insert(audit).values(entity="Product", entity_id=target.id, action="update", detail=",".join(changes)))


@event.listens_for(Product, "after_delete")
def log_delete(mapper, connection, target):
    connection.execute(insert(audit).values(entity="Product", entity_id=target.id, action="delete", detail=target.name))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
