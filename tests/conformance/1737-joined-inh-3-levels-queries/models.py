from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, with_polymorphic, selectin_polymorphic, aliased


class Base(DeclarativeBase):
    pass


class Asset(Base):
    __tablename__ = "asset"
    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("owner.id"))
    owner: Mapped[Optional["Owner"]] = relationship(back_populates="assets")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "asset"}

    def __repr__(self):
        return f"{type(self).__name__}:{self.tag}"


class Device(Asset):
    __tablename__ = "device"
    id: Mapped[int] = mapped_column(ForeignKey("asset.id"), primary_key=True)
    serial: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "device"}


class Laptop(Device):
    __tablename__ = "laptop"
    id: Mapped[int] = mapped_column(ForeignKey("device.id"), primary_key=True)
    ram_gb: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "laptop"}


class License(Asset):
    __tablename__ = "license"
    id: Mapped[int] = mapped_column(ForeignKey("asset.id"), primary_key=True)
    seats: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "license"}


class Owner(Base):
    __tablename__ = "owner"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    assets: Mapped[list[Asset]] = relationship(back_populates="owner", order_by=Asset.id)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
