from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    qty = Column(Integer, default=0)

    def __repr__(self):
        return f"Item({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
