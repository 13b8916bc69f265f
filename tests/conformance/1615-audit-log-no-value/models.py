from sqlalchemy import create_engine, String, ForeignKey, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.orm.attributes import NO_VALUE, NEVER_SET
from sqlalchemy.orm import attributes


class Base(DeclarativeBase):
    pass


class Dept(Base):
    __tablename__ = "dept"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    staff: Mapped[list["Employee"]] = relationship(back_populates="dept")

    def __repr__(self):
        return f"Dept({self.name})"


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    salary: Mapped[int] = mapped_column(default=100)
    dept_id: Mapped[int | None] = mapped_column(ForeignKey("dept.id"))
    dept: Mapped[Dept | None] = relationship(back_populates="staff")


audit = []


def describe(old):
    if old is NO_VALUE:
        return "unset"
    if old is attributes.PASSIVE_NO_RESULT:
        return "unknown"
    return repr(old)


@event.listens_for(Employee.salary, "set", active_history=True)
def salary_set(target, value, oldvalue, initiator):
    audit.append(f"{target.name}.salary {describe(oldvalue)} -> {value}")


@event.listens_for(Employee.name, "set")
def name_set(target, value, oldvalue, initiator):
    audit.append(f"name {describe(oldvalue)} -> {value} ({oldvalue is NEVER_SET})")


@event.listens_for(Employee.dept, "set")
def dept_set(target, value, oldvalue, initiator):
    audit.append(f"{target.name}.dept {describe(oldvalue)} -> {value!r} via {initiator.key}")


@event.listens_for(Dept.staff, "append")
def hired(target, value, initiator):
    audit.append(f"{target.name} +{value.name}")


@event.listens_for(Dept.staff, "remove")
def left(target, value, initiator):
    audit.append(f"{target.name} -{value.name}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
