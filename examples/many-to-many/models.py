from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine
from sqlalchemy.orm import relationship, declarative_base, sessionmaker

Base = declarative_base()

# An association table: one row per (user, speciality) pair. No class, just a Table.
user_speciality = Table(
    "user_speciality",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("speciality_id", ForeignKey("specialities.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    full_name = Column(String)

    specialities = relationship("Speciality", secondary=user_speciality, back_populates="users")


class Speciality(Base):
    __tablename__ = "specialities"
    id = Column(Integer, primary_key=True)
    name = Column(String)

    users = relationship("User", secondary=user_speciality, back_populates="specialities")


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
