from sqlalchemy import create_engine, ForeignKey, String, select, or_, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, with_polymorphic, selectinload, joinedload, aliased


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    employees: Mapped[list["Employee"]] = relationship(back_populates="company", order_by="Employee.id")
    staff: Mapped[list["Staff"]] = relationship(order_by="Staff.id")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company] = relationship(back_populates="employees")
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    engineer_info: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    __mapper_args__ = {"polymorphic_identity": "staff", "polymorphic_on": "kind"}

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Clerk(Staff):
    desk: Mapped[str] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "clerk"}


class Janitor(Staff):
    __mapper_args__ = {"polymorphic_identity": "janitor"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
c1 = Company(name="Krusty Krab")
c2 = Company(name="Chum Bucket")
session.add_all([
    c1, c2,
    Manager(name="Mr. Krabs", manager_name="Eugene", company=c1),
    Engineer(name="SpongeBob", engineer_info="fry cook", company=c1),
    Engineer(name="Squidward", engineer_info="cashier", company=c1),
    Manager(name="Plankton", manager_name="Sheldon", company=c2),
    Employee(name="Karen", company=c2),
])
session.flush()
session.add_all([Clerk(name="Pat", desk="d1", company_id=c1.id), Janitor(name="Larry", company_id=c1.id), Staff(name="Gary", company_id=c2.id)])
session.commit()
