from sqlalchemy import update
with Session(engine) as s:
    math, art, bio = Course(title="math"), Course(title="art"), Course(title="bio")
    ann, bob = Student(name="ann", courses=[math, art, bio]), Student(name="bob", courses=[art])
    s.add_all([ann, bob])
    s.commit()
    print(s.execute(select(enrollment).order_by(enrollment.c.student_id, enrollment.c.course_id)).all())
    s.execute(update(enrollment).where(enrollment.c.course_id != bio.id).values(passed=True, grade=70))
    s.execute(update(enrollment).where(enrollment.c.course_id == art.id, enrollment.c.student_id == ann.id).values(grade=95))
    s.commit()
    print(ann.passed_courses, ann.top_courses, bob.passed_courses, bob.top_courses)
with Session(engine) as s:
    students = s.scalars(select(Student).options(selectinload(Student.passed_courses), selectinload(Student.top_courses)).order_by(Student.id)).all()
    print([(st.name, st.passed_courses, st.top_courses) for st in students])
with Session(engine) as s:
    students = s.scalars(select(Student).options(joinedload(Student.top_courses)).order_by(Student.id)).unique().all()
    print([(st.name, st.top_courses) for st in students])
    print(s.scalars(select(Student.name).where(Student.top_courses.any()).order_by(Student.name)).all())
    print(s.scalars(select(Student.name).where(~Student.passed_courses.any(Course.title == "bio")).order_by(Student.name)).all())
    print(s.execute(select(Student.name, Course.title).join(Student.top_courses).order_by(Student.name)).all())
    print(select(Student.name).join(Student.passed_courses))
