from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Ward(Base):
    __tablename__ = "wards"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    beds = relationship("Bed", back_populates="ward")


class Bed(Base):
    __tablename__ = "beds"
    id = Column(Integer, primary_key=True)
    code = Column(String(10))
    ward_id = Column(Integer, ForeignKey("wards.id"))
    ward = relationship("Ward", back_populates="beds")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)
