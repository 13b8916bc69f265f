from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Boolean
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Channel(Base):
    __tablename__ = "channel"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    messages = relationship("Msg", lazy="dynamic", back_populates="channel", order_by="Msg.id")

    def __repr__(self):
        return f"#{self.name}"


class Msg(Base):
    __tablename__ = "msg"
    id = Column(Integer, primary_key=True)
    channel_id = Column(Integer, ForeignKey("channel.id"))
    author = Column(String(20))
    text = Column(String(100))
    pinned = Column(Boolean, default=False)
    channel = relationship("Channel", back_populates="messages")

    def __repr__(self):
        return f"<{self.author}: {self.text}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(engine)
