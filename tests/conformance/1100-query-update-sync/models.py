from sqlalchemy import create_engine, Column, Integer, String, Boolean
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Task(Base):
    __tablename__ = "tasks"
    id = Column(Integer, primary_key=True)
    title = Column(String(50))
    priority = Column(Integer, default=1)
    done = Column(Boolean, default=False)
    owner = Column(String(20))

    def __repr__(self):
        return f"Task({self.id}, {self.title}, p={self.priority}, done={self.done}, owner={self.owner})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
