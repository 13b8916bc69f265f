# Query.update()/Query.delete() with synchronize_session, as in Q&A answers ("bulk update in sqlalchemy")
from sqlalchemy import create_engine, Column, Integer, String, Boolean
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Product(Base):
    __tablename__ = 'products'
    id = Column(Integer, primary_key=True)
    name = Column(String(80), unique=True)
    price = Column(Integer)
    stock = Column(Integer, default=0)
    active = Column(Boolean, default=True)

    def __repr__(self):
        return f"Product({self.name!r}, price={self.price}, stock={self.stock}, active={self.active})"


engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
session.add_all([Product(name=n, price=p, stock=s) for n, p, s in
                 [('pen', 3, 10), ('book', 12, 0), ('lamp', 40, 2), ('mug', 8, 0), ('desk', 150, 1)]])
session.commit()
