from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Stock(Base):
    __tablename__ = "stock"
    id = Column(Integer, primary_key=True)
    symbol = Column(String(10))
    qty = Column(Integer, default=0)

    def __repr__(self):
        return f"Stock({self.id}, {self.symbol}, {self.qty})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
