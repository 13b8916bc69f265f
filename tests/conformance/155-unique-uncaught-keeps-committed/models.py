from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Username(Base):
    __tablename__ = "usernames"
    id = Column(Integer, primary_key=True)
    handle = Column(String(20), unique=True, nullable=False)
    karma = Column(Integer, default=0)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)
