from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, ForeignKeyConstraint, PrimaryKeyConstraint
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Warehouse(Base):
    __tablename__ = "warehouse"
    code = Column(String(5), primary_key=True)
    city = Column(String(30))
    stock = relationship("StockLevel", back_populates="warehouse", cascade="all, delete-orphan")

    def __repr__(self):
        return f"Warehouse({self.code})"


class StockLevel(Base):
    __tablename__ = "stock_level"
    warehouse_code = Column(String(5), ForeignKey("warehouse.code"), primary_key=True)
    sku = Column(String(10), primary_key=True)
    qty = Column(Integer, default=0)
    warehouse = relationship("Warehouse", back_populates="stock")
    movements = relationship("Movement", back_populates="level")

    def __repr__(self):
        return f"Stock({self.warehouse_code}/{self.sku}={self.qty})"


class Movement(Base):
    __tablename__ = "movement"
    __table_args__ = (
        ForeignKeyConstraint(["wh", "sku"], ["stock_level.warehouse_code", "stock_level.sku"]),
    )
    id = Column(Integer, primary_key=True)
    wh = Column(String(5))
    sku = Column(String(10))
    delta = Column(Integer)
    level = relationship("StockLevel", back_populates="movements")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
