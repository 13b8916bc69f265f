with Session(engine) as session:
    session.add_all(
        [
            Manager(name="Mr. Krabs", manager_name="Eugene"),
            Engineer(name="SpongeBob", engineer_info="fry cook"),
            Engineer(name="Squidward", engineer_info="cashier"),
            Employee(name="Plankton"),
        ]
    )
    session.commit()

everyone = with_polymorphic(Employee, [Engineer, Manager])
stmt = (
    select(everyone)
    .where(or_(everyone.Manager.manager_name == "Eugene", everyone.Engineer.engineer_info == "cashier"))
    .order_by(everyone.id)
)
print(stmt)
with Session(engine) as session:
    rows = session.scalars(stmt).all()
    print(rows)
    print([r.manager_name if isinstance(r, Manager) else r.engineer_info for r in rows])
    every = session.scalars(select(with_polymorphic(Employee, "*")).order_by(Employee.name)).all()
    print([(type(e).__name__, e.name) for e in every])

flat = with_polymorphic(Employee, [Manager], flat=True)
stmt = select(flat).where(flat.Manager.manager_name.is_not(None)).order_by(flat.id)
print(stmt)
with Session(engine) as session:
    print(session.scalars(stmt).all(), session.scalars(stmt).first().manager_name)
