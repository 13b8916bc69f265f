from sqlalchemy import Column, Integer, String, create_engine, event
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String(40))
    price = Column(Integer)


@event.listens_for(Product, "init")
def on_init(target, args, kwargs):
    print("init", args, kwargs)
    kwargs.setdefault("price", 1)


@event.listens_for(Product, "load")
def on_load(target, context):
    target._loaded_from_db = True
    print("load", target.name)


@event.listens_for(Product, "refresh")
def on_refresh(target, context, attrs):
    print("refresh", target.id, sorted(attrs) if attrs is not None else attrs)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)
