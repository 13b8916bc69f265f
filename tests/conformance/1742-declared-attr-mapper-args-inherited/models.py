from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, declared_attr
class Base(DeclarativeBase): pass
class AutoIdentity:
    @declared_attr.directive
    def __mapper_args__(cls):
        if cls.__name__ == "Animal":
            return {"polymorphic_on": cls.kind, "polymorphic_identity": "animal"}
        return {"polymorphic_identity": cls.__name__.lower()}
class Animal(AutoIdentity, Base):
    __tablename__ = "animal"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(20))
class Dog(Animal):
    pass
class Cat(Animal):
    pass
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
