from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Clinic(Base):
    __tablename__ = "clinics"
    id = Column(Integer, primary_key=True)
    city = Column(String(30))
    nurses = relationship("Nurse", backref="clinic")


class Nurse(Base):
    __tablename__ = "nurses"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    clinic_id = Column(Integer, ForeignKey("clinics.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
