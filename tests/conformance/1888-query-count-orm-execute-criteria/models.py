from sqlalchemy import create_engine, Column, Integer, String, Boolean, event, select
from sqlalchemy.orm import declarative_base, Session, sessionmaker, with_loader_criteria

Base = declarative_base()


class Project(Base):
    __tablename__ = "projects"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    deleted = Column(Boolean, default=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine)


@event.listens_for(SessionLocal, "do_orm_execute")
def _filter(state):
    if state.is_select:
        state.statement = state.statement.options(with_loader_criteria(Project, Project.deleted == False))
