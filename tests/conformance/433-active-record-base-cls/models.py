# ActiveRecord-style CRUD mixin on the declarative base (save/delete/find_by/all classmethods), popular in tutorials
from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

engine = create_engine('sqlite://')
session = scoped_session(sessionmaker(bind=engine))


class CRUDMixin:
    id = Column(Integer, primary_key=True)

    @classmethod
    def create(cls, **kwargs):
        instance = cls(**kwargs)
        return instance.save()

    def update(self, commit=True, **kwargs):
        for attr, value in kwargs.items():
            setattr(self, attr, value)
        return commit and self.save() or self

    def save(self, commit=True):
        session.add(self)
        if commit:
            session.commit()
        return self

    def delete(self, commit=True):
        session.delete(self)
        return commit and session.commit()

    @classmethod
    def get_by_id(cls, record_id):
        return session.get(cls, int(record_id))

    @classmethod
    def find_by(cls, **kwargs):
        return session.query(cls).filter_by(**kwargs).first()

    @classmethod
    def all(cls):
        return session.query(cls).order_by(cls.id).all()


Base = declarative_base(cls=CRUDMixin)


class Product(Base):
    __tablename__ = 'product'
    name = Column(String(50))
    price = Column(Float)

    def __repr__(self):
        return f"<Product {self.id} {self.name} {self.price}>"


Base.metadata.create_all(engine)
