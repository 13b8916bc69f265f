from sqlalchemy import create_engine, String, ForeignKey, select, func, Table, Column, Integer, insert, delete, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


user_roles = Table(
    "user_roles", Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("role_id", ForeignKey("roles.id"), primary_key=True),
    Column("granted_by", String(20), nullable=True),
    Column("level", Integer, default=1),
)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    roles: Mapped[set["Role"]] = relationship(secondary=user_roles, back_populates="users")

    def has_role(self, name):
        return any(r.name == name for r in self.roles)


class Role(Base):
    __tablename__ = "roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    users: Mapped[set[User]] = relationship(secondary=user_roles, back_populates="roles")

    def __repr__(self):
        return f"Role({self.name})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
