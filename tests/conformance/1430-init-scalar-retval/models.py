from sqlalchemy import create_engine, ForeignKey, String, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20))
    tier: Mapped[str] = mapped_column(String(10), default="basic")
    tags: Mapped[list["Tag"]] = relationship(back_populates="customer")

    def __repr__(self):
        return f"Customer({self.name!r}, {self.phone!r}, {self.tier!r})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    customer: Mapped[Customer | None] = relationship(back_populates="tags")

    def __repr__(self):
        return f"#{self.label}"


@event.listens_for(Customer.name, "set", retval=True)
def strip_name(target, value, oldvalue, initiator):
    return value.strip().title()


@event.listens_for(Customer.phone, "set", retval=True)
def digits_only(target, value, oldvalue, initiator):
    if value is None:
        return None
    return "".join(ch for ch in value if ch.isdigit())


@event.listens_for(Customer.tags, "append", retval=True)
def lower_tag(target, value, initiator):
    value.label = value.label.lower()
    return value


@event.listens_for(Customer.tags, "remove")
def removed(target, value, initiator):
    print("removed", value, "from", target.name)


@event.listens_for(Customer.tier, "init_scalar", retval=True, propagate=True)
def init_tier(target, value, dict_):
    dict_["tier"] = "basic"
    return "basic"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
