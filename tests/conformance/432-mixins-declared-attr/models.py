# Mixins with declared_attr (docs "Composing Mapped Hierarchies with Mixins")
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, declared_attr, relationship, Session

Base = declarative_base()


class TableNameMixin:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"

    id = Column(Integer, primary_key=True)

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id}>"


class RefTargetMixin:
    @declared_attr
    def target_id(cls):
        return Column("target_id", ForeignKey("targets.id"))

    @declared_attr
    def target(cls):
        return relationship("Target")


class AuditMixin:
    created_by = Column(String(20), default="system")
    note = Column(String(50))


class Target(TableNameMixin, Base):
    name = Column(String(20))


class Foo(TableNameMixin, RefTargetMixin, AuditMixin, Base):
    label = Column(String(20))


class Bar(TableNameMixin, RefTargetMixin, Base):
    size = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
