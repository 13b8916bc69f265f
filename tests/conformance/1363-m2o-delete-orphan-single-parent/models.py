from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
class Base(DeclarativeBase):
    pass
class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    street: Mapped[str] = mapped_column(String(30))

    def __repr__(self):
        return f"Address({self.street})"
class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"))
    address: Mapped[Address | None] = relationship(cascade="all, delete-orphan", single_parent=True)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
