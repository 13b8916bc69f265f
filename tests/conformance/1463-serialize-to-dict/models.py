import json
from sqlalchemy import create_engine, Column, Integer, String, Boolean, Float, ForeignKey, inspect
from sqlalchemy.orm import declarative_base, relationship, sessionmaker


class SerializerMixin:
    def to_dict(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns}

    def as_dict(self):
        return {c.key: getattr(self, c.key) for c in inspect(self).mapper.column_attrs}

    @classmethod
    def from_dict(cls, data):
        cols = {c.name for c in cls.__table__.columns}
        return cls(**{k: v for k, v in data.items() if k in cols})


Base = declarative_base(cls=SerializerMixin)


class Restaurant(Base):
    __tablename__ = "restaurants"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    cuisine = Column(String(30))
    vegan_friendly = Column(Boolean, default=False)
    rating = Column(Float)
    dishes = relationship("Dish", back_populates="restaurant", lazy="joined")

    def serialize(self):
        d = self.to_dict()
        d["dishes"] = [x.as_dict() for x in self.dishes]
        return d


class Dish(Base):
    __tablename__ = "dishes"
    id = Column(Integer, primary_key=True)
    title = Column("dish_title", String(50))
    price = Column(Float)
    restaurant_id = Column(Integer, ForeignKey("restaurants.id"))
    restaurant = relationship("Restaurant", back_populates="dishes")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
