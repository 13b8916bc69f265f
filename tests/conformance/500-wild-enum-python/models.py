import enum
from sqlalchemy import create_engine, Column, Integer, String, Enum
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Status(enum.Enum):
    PENDING = "pending"
    ACTIVE = "active"
    BANNED = "banned"


class Role(str, enum.Enum):
    admin = "admin"
    user = "user"


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    status = Column(Enum(Status), default=Status.PENDING, nullable=False)
    role = Column(Enum(Role, name="role_enum"), default=Role.user)
    level = Column(Enum("low", "high", name="level"))

    def __repr__(self):
        return f"<Member {self.name} {self.status} {self.role}>"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
