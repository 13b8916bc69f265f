from sqlalchemy import create_engine, Integer, String, ForeignKey, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    lines: Mapped[list["Line"]] = relationship(back_populates="order", cascade="all, delete-orphan")

    def __repr__(self):
        return f"<Order {self.id}>"


class Line(Base):
    __tablename__ = "lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(20))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    order: Mapped["Order"] = relationship(back_populates="lines")

    def __repr__(self):
        return f"<Line {self.sku}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


def names(objs):
    return sorted(type(o).__name__ for o in objs)


@event.listens_for(Session, "before_flush")
def before_flush(session, ctx, instances):
    print("before_flush", names(session.new), names(session.dirty), names(session.deleted))


@event.listens_for(Session, "after_flush")
def after_flush(session, ctx):
    print("after_flush", names(session.new), names(session.dirty), names(session.deleted))
    for obj in session.new:
        print("  inserted", type(obj).__name__, obj.id is not None)


@event.listens_for(Session, "after_flush_postexec")
def postexec(session, ctx):
    print("postexec", names(session.new), names(session.dirty), names(session.deleted))


@event.listens_for(Session, "after_begin")
def after_begin(session, transaction, connection):
    print("after_begin", type(transaction).__name__)


@event.listens_for(Session, "after_rollback")
def after_rollback(session):
    print("after_rollback")
