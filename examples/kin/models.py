from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, declarative_base, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    full_name = Column(String)

    kins = relationship("Kin", back_populates="user")


class Kin(Base):
    __tablename__ = "kins"
    id = Column(Integer, primary_key=True)
    full_name = Column(String)
    phone = Column(String)
    # The trap: `relationship = Column(String)` here would shadow the relationship() function inside
    # this class body, so the `user = relationship(...)` line below would call a Column: TypeError.
    # The fix: a different attribute name, with "relationship" kept as the column's name in the DB.
    kinship = Column("relationship", String)
    user_id = Column(Integer, ForeignKey("users.id"))

    user = relationship("User", back_populates="kins")


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
