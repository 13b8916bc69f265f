# Unique / NOT NULL violations: catch IntegrityError, rollback, continue (the canonical Q&A answer)
from sqlalchemy import create_engine, Column, Integer, String, UniqueConstraint
from sqlalchemy.exc import IntegrityError, PendingRollbackError, InvalidRequestError
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    email = Column(String(120), unique=True, nullable=False)
    name = Column(String(50), nullable=False)


class Tag(Base):
    __tablename__ = 'tags'
    __table_args__ = (UniqueConstraint('owner', 'label', name='uq_owner_label'),)
    id = Column(Integer, primary_key=True)
    owner = Column(String)
    label = Column(String)


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
