from sqlalchemy import create_engine, Column, Integer, String, DateTime, Boolean, text, func
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.schema import CreateTable
import datetime

Base = declarative_base()


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    title = Column(String(50))
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    updated_at = Column(DateTime, onupdate=func.now())
    status = Column(String(10), server_default="draft")
    flag = Column(Boolean, server_default=text("0"), nullable=False)
    views = Column(Integer, server_default=text("0"))


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
