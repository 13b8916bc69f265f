from typing import Optional
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    staff: Mapped[list["Staff"]] = relationship(back_populates="team", order_by="Staff.id")


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Optional[Team]] = relationship(back_populates="staff")
    __mapper_args__ = {"polymorphic_on": role, "polymorphic_identity": "staff"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Coach(Staff):
    __tablename__ = "coach"
    id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    licence: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "coach", "polymorphic_load": "inline"}


class Medic(Staff):
    __tablename__ = "medic"
    id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    speciality: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "medic", "polymorphic_load": "inline"}
