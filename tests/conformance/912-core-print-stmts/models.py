from sqlalchemy import (create_engine, Integer, String, ForeignKey, select, func, and_, or_, not_,
                        Float, Boolean, text, literal, literal_column, case, cast, desc, asc, distinct, exists,
                        union, union_all, intersect, except_, insert, update, delete, bindparam, true, false, null)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(default=True)
    orders: Mapped[list["Order"]] = relationship(back_populates="customer")

    def __repr__(self):
        return f"Customer({self.name!r})"


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    price: Mapped[float] = mapped_column(Float)
    category: Mapped[str] = mapped_column(String(20))
    stock: Mapped[int] = mapped_column(default=0)

    def __repr__(self):
        return f"Product({self.title!r})"


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(10), default="new")
    customer: Mapped["Customer"] = relationship(back_populates="orders")
    items: Mapped[list["OrderItem"]] = relationship(back_populates="order")

    def __repr__(self):
        return f"Order({self.id})"


class OrderItem(Base):
    __tablename__ = "order_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int]
    order: Mapped["Order"] = relationship(back_populates="items")
    product: Mapped["Product"] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as s:
    s.add_all([
        Customer(id=1, name="Alice", email="alice@example.com", city="Paris"),
        Customer(id=2, name="bob", email=None, city="Berlin"),
        Customer(id=3, name="Carol", email="carol@mail.org", city="Paris", active=False),
        Customer(id=4, name="Dave", email="dave@example.com", city=None),
        Customer(id=5, name="Eve", email="EVE@Example.com", city="Rome"),
    ])
    s.add_all([
        Product(id=1, title="Pen", price=1.5, category="office", stock=100),
        Product(id=2, title="Desk", price=150.0, category="furniture", stock=5),
        Product(id=3, title="Chair", price=75.25, category="furniture", stock=12),
        Product(id=4, title="Notebook", price=3.0, category="office", stock=0),
        Product(id=5, title="Lamp", price=20.0, category="lighting", stock=7),
    ])
    s.add_all([
        Order(id=1, customer_id=1, status="paid"),
        Order(id=2, customer_id=1, status="new"),
        Order(id=3, customer_id=2, status="paid"),
        Order(id=4, customer_id=3, status="cancelled"),
        Order(id=5, customer_id=5, status="paid"),
    ])
    s.add_all([
        OrderItem(order_id=1, product_id=1, quantity=10),
        OrderItem(order_id=1, product_id=2, quantity=1),
        OrderItem(order_id=2, product_id=3, quantity=2),
        OrderItem(order_id=3, product_id=1, quantity=5),
        OrderItem(order_id=3, product_id=5, quantity=1),
        OrderItem(order_id=4, product_id=4, quantity=3),
        OrderItem(order_id=5, product_id=2, quantity=2),
        OrderItem(order_id=5, product_id=3, quantity=4),
    ])
    s.commit()

session = Session(engine)
