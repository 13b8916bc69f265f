from sqlalchemy import select, func
from sqlalchemy.orm import with_polymorphic, selectin_polymorphic

with Session(engine) as s:
    acme = Company(name="Acme")
    acme.staff = [Engineer(name="Ann", language="rust", hourly=50.0), Manager(name="Max", salary=96000.0, reports=2),
                  Engineer(name="Eli", language="python", hourly=42.5), Employee(name="Pat")]
    s.add(acme)
    s.commit()

with Session(engine) as s:
    staff = s.scalars(select(Employee).order_by(Employee.id)).all()
    for e in staff:
        print(f"{e!r:<16} {e.pay():>10.2f}")
    print(sum(e.pay() for e in staff))
    print(select(Engineer).where(Engineer.language == "rust"))
    print(s.scalars(select(Engineer.name).where(Engineer.hourly > 45)).all())
    ep = with_polymorphic(Employee, [Engineer, Manager])
    stmt = select(ep).where((ep.Engineer.language == "python") | (ep.Manager.reports > 1)).order_by(ep.id)
    print(s.scalars(stmt).all())
    print(s.execute(select(Employee.type, func.count()).group_by(Employee.type).order_by(Employee.type)).all())
    c = s.scalars(select(Company)).one()
    print(c.staff)
    stmt = select(Company.name, func.count(Engineer.id)).join(Company.staff.of_type(Engineer)).group_by(Company.name)
    print(s.execute(stmt).all())
    print(s.scalars(select(Company).where(Company.staff.of_type(Manager).any(Manager.salary > 90000))).all() != [])
    mgr = s.scalars(select(Manager)).one()
    mgr.reports += 1
    s.delete(s.scalars(select(Engineer).where(Engineer.name == "Eli")).one())
    s.commit()
    print(s.scalars(select(Employee.name).order_by(Employee.name)).all(), mgr.pay())
    loaded = s.scalars(select(Employee).options(selectin_polymorphic(Employee, [Engineer, Manager])).order_by(Employee.id)).all()
    print([(e.name, getattr(e, "language", None)) for e in loaded])
