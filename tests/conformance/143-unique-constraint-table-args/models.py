from sqlalchemy import create_engine, Column, Integer, String, UniqueConstraint
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.exc import IntegrityError

Base = declarative_base()


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (UniqueConstraint("room", "day", name="uq_room_day"),)
    id = Column(Integer, primary_key=True)
    room = Column(String(10), nullable=False)
    day = Column(Integer, nullable=False)
    guest = Column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
