from sqlalchemy import Column, Integer, String, Text, ForeignKey, Table, create_engine
from sqlalchemy.orm import relationship, declarative_base, sessionmaker

Base = declarative_base()

# Many-to-many needs an association table: one row per (user, speciality) pair.
user_speciality = Table(
    "user_speciality",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("speciality_id", ForeignKey("specialities.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    full_name = Column(String, nullable=False)

    profile = relationship("Profile", back_populates="user", uselist=False)
    appointments = relationship("Appointment", back_populates="user")
    specialities = relationship("Speciality", secondary=user_speciality, back_populates="users")
    kins = relationship("Kin", back_populates="user")
    chat_sessions = relationship("ChatSession", back_populates="user", cascade="all, delete-orphan")


class Profile(Base):
    __tablename__ = "profiles"
    id = Column(Integer, primary_key=True)
    bio = Column(String)
    user_id = Column(Integer, ForeignKey("users.id"), unique=True)
    user = relationship("User", back_populates="profile")


class Appointment(Base):
    __tablename__ = "appointments"
    id = Column(Integer, primary_key=True)
    details = Column(String)
    user_id = Column(Integer, ForeignKey("users.id"))
    user = relationship("User", back_populates="appointments")


class Speciality(Base):
    __tablename__ = "specialities"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    users = relationship("User", secondary=user_speciality, back_populates="specialities")


class Kin(Base):
    __tablename__ = "kins"
    id = Column(Integer, primary_key=True)
    full_name = Column(String)
    kinship = Column("relationship", String)  # not `relationship = ...`: see the Kin lesson
    user_id = Column(Integer, ForeignKey("users.id"))
    user = relationship("User", back_populates="kins")


class ChatSession(Base):
    __tablename__ = "chat_sessions"
    id = Column(Integer, primary_key=True)
    title = Column(String(100), default="New chat")
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    user = relationship("User", back_populates="chat_sessions")
    messages = relationship("Message", back_populates="chat_session", order_by="Message.id", cascade="all, delete-orphan")


class Message(Base):
    __tablename__ = "messages"
    id = Column(Integer, primary_key=True)
    session_id = Column(Integer, ForeignKey("chat_sessions.id"), nullable=False)
    role = Column(String(20), nullable=False)
    content = Column(Text, nullable=False)
    chat_session = relationship("ChatSession", back_populates="messages")


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)
