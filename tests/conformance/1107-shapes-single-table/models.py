import math
from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Shape(Base):
    __tablename__ = "shapes"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    kind = Column(String(10), nullable=False)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "shape"}

    def area(self):
        return 0

    def __repr__(self):
        return "%s(%r, area=%.2f)" % (self.__class__.__name__, self.name, self.area())


class Circle(Shape):
    radius = Column(Float)
    __mapper_args__ = {"polymorphic_identity": "circle"}

    def area(self):
        return math.pi * self.radius ** 2


class Rectangle(Shape):
    width = Column(Float)
    height = Column(Float)
    __mapper_args__ = {"polymorphic_identity": "rect"}

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    __mapper_args__ = {"polymorphic_identity": "square"}

    def __init__(self, name, side):
        super().__init__(name=name, width=side, height=side)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
