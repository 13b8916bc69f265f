from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, exists, select, and_, or_, not_
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Dept(Base):
    __tablename__ = "depts"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    staff = relationship("Emp", back_populates="dept")


class Emp(Base):
    __tablename__ = "emps"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    salary = Column(Integer)
    dept_id = Column(Integer, ForeignKey("depts.id"))
    dept = relationship("Dept", back_populates="staff")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([
        Dept(name="eng", staff=[Emp(name="a", salary=100), Emp(name="b", salary=50)]),
        Dept(name="ops", staff=[Emp(name="c", salary=70)]),
        Dept(name="empty"),
    ])
    s.add(Emp(name="loner", salary=10))
    s.commit()
