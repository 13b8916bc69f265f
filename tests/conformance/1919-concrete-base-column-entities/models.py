from sqlalchemy import create_engine, Column, Integer, String, select
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.ext.declarative import ConcreteBase, AbstractConcreteBase

Base = declarative_base()


class Employee(ConcreteBase, Base):
    __tablename__ = "employee"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    __mapper_args__ = {"polymorphic_identity": "employee", "concrete": True}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Manager(Employee):
    __tablename__ = "manager"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    manager_data = Column(String(40))
    __mapper_args__ = {"polymorphic_identity": "manager", "concrete": True}


class Engineer(Employee):
    __tablename__ = "engineer"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    engineer_info = Column(String(40))
    __mapper_args__ = {"polymorphic_identity": "engineer", "concrete": True}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
