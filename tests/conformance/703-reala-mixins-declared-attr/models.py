from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Boolean
from sqlalchemy.orm import declarative_base, declared_attr, relationship, sessionmaker, declarative_mixin


class Base:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"

    id = Column(Integer, primary_key=True)

    def __repr__(self):
        cols = ", ".join(f"{c.name}={getattr(self, c.name)!r}" for c in self.__table__.columns)
        return f"{type(self).__name__}({cols})"


Base = declarative_base(cls=Base)


class SoftDeleteMixin:
    deleted = Column(Boolean, default=False, nullable=False)

    def soft_delete(self):
        self.deleted = True


class OwnedMixin:
    @declared_attr
    def owner_id(cls):
        return Column(Integer, ForeignKey("users.id"))

    @declared_attr
    def owner(cls):
        return relationship("User")


class User(Base):
    name = Column(String(30))


class Note(SoftDeleteMixin, OwnedMixin, Base):
    text = Column(String(100))


class Photo(OwnedMixin, Base):
    __tablename__ = "pictures"
    url = Column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
