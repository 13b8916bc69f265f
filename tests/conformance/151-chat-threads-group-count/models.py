from sqlalchemy import create_engine, Column, Integer, String, Text, ForeignKey, func, select
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Thread(Base):
    __tablename__ = "threads"
    id = Column(Integer, primary_key=True)
    topic = Column(String(50), nullable=False)
    messages = relationship("Message", back_populates="thread", order_by="Message.id", cascade="all, delete-orphan")


class Message(Base):
    __tablename__ = "messages"
    id = Column(Integer, primary_key=True)
    thread_id = Column(Integer, ForeignKey("threads.id"), nullable=False)
    role = Column(String(10), default="user")
    body = Column(Text)
    thread = relationship("Thread", back_populates="messages")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
