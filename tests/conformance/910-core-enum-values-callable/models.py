import enum
from sqlalchemy import create_engine, Column, Integer, String, Enum, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, scoped_session, sessionmaker

Base = declarative_base()


class Status(str, enum.Enum):
    PENDING = "pending"
    SHIPPED = "shipped"
    DELIVERED = "delivered"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    ref = Column(String(10), unique=True, nullable=False)
    status = Column(Enum(Status, values_callable=lambda e: [m.value for m in e], name="order_status"),
                    default=Status.PENDING, nullable=False)
    priority = Column(Enum(Priority, native_enum=False, length=10), default=Priority.LOW)
    customer_id = Column(Integer, ForeignKey("customers.id"))
    customer = relationship("Customer", back_populates="orders")

    def __repr__(self):
        return f"Order({self.ref}, {self.status.value}, {self.priority.name})"


class Customer(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    orders = relationship("Order", back_populates="customer", order_by=Order.ref)


class BaseRepository:
    model = None

    def __init__(self, session):
        self.session = session

    def get(self, id):
        return self.session.query(self.model).get(id)

    def list(self, **filters):
        return self.session.query(self.model).filter_by(**filters).order_by(self.model.id).all()

    def add(self, **kwargs):
        obj = self.model(**kwargs)
        self.session.add(obj)
        self.session.commit()
        return obj

    def remove(self, id):
        obj = self.get(id)
        if obj is None:
            raise KeyError(id)
        self.session.delete(obj)
        self.session.commit()


class OrderRepository(BaseRepository):
    model = Order

    def advance(self, ref):
        order = self.session.query(Order).filter(Order.ref == ref).one()
        members = list(Status)
        i = members.index(order.status)
        order.status = members[min(i + 1, len(members) - 1)]
        self.session.commit()
        return order


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = scoped_session(sessionmaker(bind=engine))
