from sqlalchemy import create_engine, String, ForeignKey, select, func, Table, Column, Integer, Boolean, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


membership = Table(
    "membership", Base.metadata,
    Column("user_id", ForeignKey("user.id"), primary_key=True),
    Column("group_id", ForeignKey("grp.id"), primary_key=True),
    Column("active", Boolean, default=True, nullable=False),
    Column("role", String(10), default="member"),
)


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    groups: Mapped[list["Group"]] = relationship(secondary=membership, back_populates="members", order_by="Group.name")
    active_groups: Mapped[list["Group"]] = relationship(
        secondary=membership,
        primaryjoin=lambda: and_(User.id == membership.c.user_id, membership.c.active == True),
        viewonly=True, order_by="Group.name",
    )
    admin_of: Mapped[list["Group"]] = relationship(secondary=membership, secondaryjoin=lambda: and_(Group.id == membership.c.group_id, membership.c.role == "admin"), viewonly=True)

    def __repr__(self):
        return self.name


class Group(Base):
    __tablename__ = "grp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    members: Mapped[list[User]] = relationship(secondary=membership, back_populates="groups", order_by=User.name)

    def __repr__(self):
        return self.name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
