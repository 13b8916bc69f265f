from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session, with_polymorphic

Base = declarative_base()


class Zoo(Base):
    __tablename__ = "zoo"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    animals = relationship("Animal", back_populates="zoo", order_by="Animal.id")


class Animal(Base):
    __tablename__ = "animal"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    kind = Column(String(20))
    zoo_id = Column(Integer, ForeignKey("zoo.id"))
    zoo = relationship("Zoo", back_populates="animals")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "animal"}

    def speak(self):
        return "..."

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Dog(Animal):
    breed = Column(String(30))
    __mapper_args__ = {"polymorphic_identity": "dog"}

    def speak(self):
        return "Woof"


class Cat(Animal):
    indoor = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": "cat"}

    def speak(self):
        return "Meow"


class Kitten(Cat):
    __mapper_args__ = {"polymorphic_identity": "kitten"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
