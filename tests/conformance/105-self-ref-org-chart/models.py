from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Staff(Base):
    __tablename__ = "staff"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    title = Column(String(30))
    boss_id = Column(Integer, ForeignKey("staff.id"))
    reports = relationship("Staff", back_populates="boss", order_by="Staff.name")
    boss = relationship("Staff", back_populates="reports", remote_side=[id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
