from sqlalchemy.orm import load_only

with Session(engine) as s:
    print(select(Department.name).where(Department.employees == None))
    print(s.query(Department.name).filter(Department.employees == None).all())
    print(s.scalars(select(Department.name).where(Department.employees != None).order_by(Department.name)).all())
    print(s.scalars(select(Employee.name).where(Employee.department == None)).all())
    print(s.scalars(select(Employee.name).where(Employee.department != None).order_by(Employee.name)).all())
    try:
        s.query(Employee).options(load_only("name")).all()
    except Exception as e:
        print("load_only('name'):", type(e).__name__)
