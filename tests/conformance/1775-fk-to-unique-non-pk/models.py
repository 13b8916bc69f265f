from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Country(Base):
    __tablename__ = "country"
    id: Mapped[int] = mapped_column(primary_key=True)
    iso: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(30))
    cities: Mapped[list["City"]] = relationship(back_populates="country", order_by="City.name")


class City(Base):
    __tablename__ = "city"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    country_iso: Mapped[Optional[str]] = mapped_column(ForeignKey("country.iso"))
    country: Mapped[Optional[Country]] = relationship(back_populates="cities")

    def __repr__(self):
        return self.name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
