with Session(engine) as s:
    s.add_all([Student(first_name="Ann", last_name="Lee", year=2), Student(first_name="Bo", last_name="Kim", year=1),
               Teacher(first_name="Cy", last_name="Roe", subject="math"), Person(first_name="Dee", last_name="Fox")])
    s.commit()
    print(s.scalars(select(Person.full_name).order_by(Person.id)).all())
    print(s.scalars(select(Student.full_name).order_by(Student.id)).all())
    print(s.scalars(select(Teacher.full_name)).all(), s.scalars(select(Student.label).order_by(Student.year)).all())
    print(select(Student.full_name))
    print(s.scalars(select(Student.first_name).where(Student.full_name.like("%e%"))).all())
    print(s.scalar(select(func.count()).select_from(Student).where(Student.full_name != "")), s.scalar(select(func.count(Teacher.full_name))))
    print(s.scalars(select(Student).where(Student.full_name == "Bo Kim")).one().year)
