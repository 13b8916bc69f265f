from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Boolean
from sqlalchemy.orm import declarative_base, declared_attr, relationship, Session

Base = declarative_base()


class IdMixin:
    id = Column(Integer, primary_key=True)


class TimestampedMixin:
    version = Column(Integer, default=1, nullable=False)
    active = Column(Boolean, default=True)


class OwnedMixin:
    @declared_attr
    def owner_id(cls):
        return Column(Integer, ForeignKey("owners.id"))

    @declared_attr
    def owner(cls):
        return relationship("Owner")


class TableNameMixin:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower()


class Owner(IdMixin, TableNameMixin, Base):
    __tablename__ = "owners"
    name = Column(String(30))


class Car(IdMixin, TimestampedMixin, OwnedMixin, TableNameMixin, Base):
    model = Column(String(30))


class House(IdMixin, TimestampedMixin, OwnedMixin, TableNameMixin, Base):
    address = Column(String(60))


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
