from sqlalchemy import create_engine, Integer, String, select, cast
from sqlalchemy.orm import mapped_column, DeclarativeBase, relationship, Session, foreign, remote, aliased


class Base(DeclarativeBase):
    pass


class HostEntry(Base):
    __tablename__ = "host_entry"

    id = mapped_column(Integer, primary_key=True)
    ip_address = mapped_column(String(20))
    content = mapped_column(String(50))

    # relationship() using explicit foreign() and remote() annotations
    # in lieu of separate arguments
    parent_host = relationship(
        "HostEntry",
        primaryjoin=remote(ip_address) == cast(foreign(content), String),
    )


class Other(Base):
    __tablename__ = "other"

    id = mapped_column(Integer, primary_key=True)
    ip_address = mapped_column(String(20))
    content = mapped_column(String(50))

    # relationship() using explicit foreign_keys, remote_side
    parent_host = relationship(
        "Other",
        primaryjoin=ip_address == content,
        foreign_keys=content,
        remote_side=ip_address,
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
