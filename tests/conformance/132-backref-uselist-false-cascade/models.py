from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    login = Column(String(20), unique=True, nullable=False)


class Profile(Base):
    __tablename__ = "profiles"
    id = Column(Integer, primary_key=True)
    bio = Column(String(100))
    user_id = Column(Integer, ForeignKey("users.id"), unique=True)
    user = relationship("User", backref=backref("profile", uselist=False, cascade="all, delete-orphan"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
