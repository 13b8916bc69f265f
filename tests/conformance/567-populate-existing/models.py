from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, text, update
from sqlalchemy.orm import declarative_base, relationship, Session, selectinload

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    items = relationship("Item", back_populates="owner", order_by="Item.id")


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    title = Column(String(30))
    owner_id = Column(ForeignKey("users.id"))
    owner = relationship("User", back_populates="items")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([User(name="ann", items=[Item(title="i1")]), User(name="bob")])
    s.commit()
