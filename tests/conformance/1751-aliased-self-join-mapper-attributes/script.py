from sqlalchemy import create_engine, select, func
from sqlalchemy.orm import Session, aliased

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    boss = Employee(first_name="Grace", last_name="Hopper", salary=Money(900, "USD"))
    lead = Employee(first_name="Alan", last_name="Kay", salary=Money(700, "USD"), manager=boss)
    session.add_all([boss, lead, Employee(first_name="Ada", last_name="Byron", salary=Money(500, "EUR"), manager=lead),
                     Employee(first_name="Linus", last_name="T", salary=Money(650, "EUR"), manager=lead)])
    session.commit()

    mgr = aliased(Employee, name="mgr")
    stmt = (
        select(Employee.full_name, mgr.full_name.label("manager"), mgr.name_length)
        .join(mgr, Employee.manager)
        .where(mgr.earns_more_than(600))
        .order_by(mgr.name_length, Employee.full_name)
    )
    print(stmt)
    for row in session.execute(stmt):
        print(row)

    print(session.scalars(select(mgr).where(mgr.by_surname("Kay"))).all())
    print(session.execute(select(mgr.surname, mgr.salary).where(mgr.salary == Money(700, "USD"))).all())
    e = aliased(Employee)
    print(select(e.full_name, Employee.full_name).join_from(Employee, e, Employee.manager))
    print(session.execute(select(e.name_length, func.count()).group_by(e.name_length).order_by(e.name_length)).all())
    print(select(e).order_by(e.name_length.desc()))
    print(e.full_name == "x", e.earns_more_than(5))
    try:
        e.salary_total
    except AttributeError as exc:
        print("AttributeError:", exc)
