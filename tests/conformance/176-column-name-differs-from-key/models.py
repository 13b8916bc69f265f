from sqlalchemy import create_engine, Column, Integer, String, Text
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Contact(Base):
    __tablename__ = "contacts"
    id = Column("contact_id", Integer, primary_key=True)
    name = Column("full_name", String(40), nullable=False)
    notes = Column(Text, default="")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
