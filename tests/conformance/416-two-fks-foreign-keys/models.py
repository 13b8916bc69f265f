# Two foreign keys to the same table: relationship(foreign_keys=...) (docs "Handling Multiple Join Paths"; frequent Q&A fix for AmbiguousForeignKeysError)
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, or_
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    username = Column(String(50))
    sent = relationship('Message', foreign_keys='Message.sender_id', back_populates='sender')
    received = relationship('Message', foreign_keys='Message.recipient_id', back_populates='recipient')

    def __repr__(self):
        return f'@{self.username}'


class Message(Base):
    __tablename__ = 'messages'
    id = Column(Integer, primary_key=True)
    body = Column(String(200))
    sender_id = Column(Integer, ForeignKey('users.id'))
    recipient_id = Column(Integer, ForeignKey('users.id'))
    sender = relationship('User', foreign_keys=[sender_id], back_populates='sent')
    recipient = relationship('User', foreign_keys=[recipient_id], back_populates='received')

    def __repr__(self):
        return f'{self.sender} -> {self.recipient}: {self.body}'


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
