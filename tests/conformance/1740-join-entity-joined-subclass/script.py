from sqlalchemy import inspect

with Session(engine) as s:
    s.add_all([Dept(id=1, title="math"), Dept(id=2, title="art")])
    s.add_all([Student(name="ann", year=1, dept_id=1), Student(name="bo", year=3, dept_id=1),
               Tutor(name="cy", rate=20, dept_id=2), Person(name="dee", dept_id=2)])
    s.commit()
    stmt = select(Dept.title, func.count(Student.id)).join(Student, Student.dept_id == Dept.id).group_by(Dept.title)
    print(stmt)
    print(s.execute(stmt).all())
    stmt = select(Dept.title, Tutor.rate).outerjoin(Tutor, Dept.id == Tutor.dept_id).order_by(Dept.title)
    print(stmt)
    print(s.execute(stmt).all())
    stmt = select(Person.name, Student.year).join(Student).order_by(Student.year.desc())
    print(stmt)
    print(s.execute(stmt).all())
    print(s.scalar(select(func.count()).select_from(Student)), s.scalar(select(func.max(Student.year)).select_from(Student).where(Student.name != "x")))
    print(s.scalars(select(Student.name).select_from(Student).where(Student.year > 1)).all())
    print([t.name for t in inspect(Student).tables], [t.name for t in inspect(Person).tables])
    print(s.query(Dept.title).join(Tutor, Tutor.dept_id == Dept.id).all())
