from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, with_polymorphic, selectin_polymorphic


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(10))
    payments: Mapped[list["Payment"]] = relationship(back_populates="order", order_by="Payment.id")


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    amount: Mapped[int]
    method: Mapped[str] = mapped_column(String(10))
    order: Mapped[Order] = relationship(back_populates="payments")
    __mapper_args__ = {"polymorphic_on": method, "polymorphic_identity": "payment"}

    def __repr__(self):
        return f"{type(self).__name__}({self.amount})"


class CardPayment(Payment):
    __tablename__ = "card_payment"
    id: Mapped[int] = mapped_column(ForeignKey("payment.id"), primary_key=True)
    last4: Mapped[str] = mapped_column(String(4))
    __mapper_args__ = {"polymorphic_identity": "card"}


class BankTransfer(Payment):
    __tablename__ = "bank_transfer"
    id: Mapped[int] = mapped_column(ForeignKey("payment.id"), primary_key=True)
    iban: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "bank"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
