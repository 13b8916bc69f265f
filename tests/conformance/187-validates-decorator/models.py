from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, validates, sessionmaker

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    email = Column(String(50))
    age = Column(Integer)

    @validates("email")
    def normalize_email(self, key, value):
        if "@" not in value:
            raise ValueError(f"bad {key}: {value}")
        return value.lower()

    @validates("age")
    def check_age(self, key, value):
        if value < 0:
            raise ValueError("negative age")
        return value


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
