# Aggregation with func.count/sum/avg, group_by, having, label (common "group by" Q&A answers and course exercises)
from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey, func, desc
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Department(Base):
    __tablename__ = 'department'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    employees = relationship('Employee', back_populates='department')


class Employee(Base):
    __tablename__ = 'employee'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    salary = Column(Float)
    department_id = Column(Integer, ForeignKey('department.id'))
    department = relationship('Department', back_populates='employees')


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
it = Department(name='IT')
hr = Department(name='HR')
sales = Department(name='Sales')
session.add_all([
    Employee(name='Ann', salary=5000.0, department=it),
    Employee(name='Bob', salary=4200.5, department=it),
    Employee(name='Cid', salary=3900.0, department=hr),
    Employee(name='Dee', salary=6100.0, department=it),
    Employee(name='Eve', salary=3000.0, department=sales),
    Employee(name='Fay', salary=3500.0, department=sales),
])
session.commit()
