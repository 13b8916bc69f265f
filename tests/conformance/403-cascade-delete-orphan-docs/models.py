# Cascades (docs "Cascades" page + typical blog "cascade='all, delete-orphan'" example)
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker, backref

Base = declarative_base()


class Customer(Base):
    __tablename__ = 'customers'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    orders = relationship('Order', backref=backref('customer'), cascade='all, delete-orphan', order_by='Order.id')

    def __repr__(self):
        return f'Customer(id={self.id}, name={self.name!r})'


class Order(Base):
    __tablename__ = 'orders'
    id = Column(Integer, primary_key=True)
    item = Column(String(50))
    customer_id = Column(Integer, ForeignKey('customers.id'), nullable=False)
    lines = relationship('OrderLine', cascade='all, delete', backref='order')

    def __repr__(self):
        return f'Order(id={self.id}, item={self.item!r})'


class OrderLine(Base):
    __tablename__ = 'order_lines'
    id = Column(Integer, primary_key=True)
    qty = Column(Integer)
    order_id = Column(Integer, ForeignKey('orders.id'))


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
