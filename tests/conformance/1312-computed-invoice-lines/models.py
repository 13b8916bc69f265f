from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey, Computed, CheckConstraint
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Invoice(Base):
    __tablename__ = "invoice"
    id = Column(Integer, primary_key=True)
    customer = Column(String(40), nullable=False)
    discount_pct = Column(Integer, default=0)
    lines = relationship("Line", back_populates="invoice", cascade="all, delete-orphan")

    @property
    def subtotal(self):
        return sum(l.line_total for l in self.lines)

    @property
    def total(self):
        return round(self.subtotal * (100 - self.discount_pct) / 100, 2)


class Line(Base):
    __tablename__ = "line"
    __table_args__ = (CheckConstraint("qty > 0", name="positive_qty"),)
    id = Column(Integer, primary_key=True)
    invoice_id = Column(Integer, ForeignKey("invoice.id"), nullable=False)
    description = Column(String(60))
    qty = Column(Integer, nullable=False)
    unit_price = Column(Float, nullable=False)
    line_total = Column(Float, Computed("qty * unit_price"))
    invoice = relationship("Invoice", back_populates="lines")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
