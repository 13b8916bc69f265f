from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, func
from sqlalchemy.orm import declarative_base, relationship, sessionmaker, aliased

Base = declarative_base()


class Employee(Base):
    __tablename__ = "employee"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    title = Column(String(50))
    manager_id = Column(Integer, ForeignKey("employee.id"))
    manager = relationship("Employee", remote_side=[id], back_populates="reports")
    reports = relationship("Employee", back_populates="manager", order_by="Employee.name")

    def __repr__(self):
        return "<Employee %s>" % self.name

    def chain(self):
        out, e = [], self
        while e.manager:
            e = e.manager
            out.append(e.name)
        return out


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
