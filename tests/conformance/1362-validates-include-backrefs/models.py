from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, validates


class Base(DeclarativeBase):
    pass


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    staff: Mapped[list["Worker"]] = relationship(back_populates="department")

    @validates("staff", include_removes=True)
    def check_staff(self, key, worker, is_remove):
        if is_remove:
            print(f"  removing {worker.name} from {self.name}")
            if worker.name == "boss":
                raise ValueError("cannot remove the boss")
        else:
            print(f"  adding {worker.name} to {self.name}")
        return worker

    def __repr__(self):
        return f"Department({self.name})"


class Worker(Base):
    __tablename__ = "worker"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department: Mapped[Department | None] = relationship(back_populates="staff", cascade="all, delete")

    @validates("department", include_backrefs=False)
    def check_dept(self, key, dept):
        print(f"  {self.name}.department = {dept}")
        return dept

    def __repr__(self):
        return f"Worker({self.name})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
