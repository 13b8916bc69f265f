from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str] = mapped_column(String(20))
    total: Mapped[int] = mapped_column(default=0)
    lines: Mapped[list["Line"]] = relationship(back_populates="order", cascade="all, delete-orphan")
    log: Mapped[list["AuditLog"]] = relationship(cascade="all, delete-orphan", order_by="AuditLog.id")


class Line(Base):
    __tablename__ = "line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    sku: Mapped[str] = mapped_column(String(10))
    price: Mapped[int]
    qty: Mapped[int] = mapped_column(default=1)
    order: Mapped[Order] = relationship(back_populates="lines")


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("orders.id"))
    msg: Mapped[str] = mapped_column(String(60))


@event.listens_for(Session, "before_flush")
def recompute(session, flush_context, instances):
    touched = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Line) and obj.order is not None:
            touched.add(obj.order)
        elif isinstance(obj, Order):
            touched.add(obj)
    for order in sorted(touched, key=lambda o: o.customer):
        if order in session.deleted:
            continue
        new_total = sum(l.price * (l.qty or 1) for l in order.lines if l not in session.deleted)
        if new_total != order.total:
            order.log.append(AuditLog(msg=f"{order.customer}: {order.total or 0} -> {new_total}"))
            order.total = new_total


@event.listens_for(Session, "after_flush_postexec")
def after(session, flush_context):
    print("flushed; dirty left:", len(session.dirty), "new left:", len(session.new))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
