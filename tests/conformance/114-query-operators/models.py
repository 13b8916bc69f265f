from sqlalchemy import create_engine, Column, Integer, String, Float, Boolean, and_, or_, not_
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    sku = Column(String(10))
    name = Column(String(40))
    price = Column(Float)
    stock = Column(Integer, default=0)
    active = Column(Boolean, default=True)


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
db = Session()
