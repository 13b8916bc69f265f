m = aliased(Teacher, flat=True)
stmt = select(Student.name, m.name, m.subject).join(m, Student.mentor_id == m.id).order_by(Student.name)
print(stmt)
with Session(engine) as s:
    print(s.execute(stmt).all())
    s2 = aliased(Student, name="pupil")
    print(select(s2.name).where(s2.mentor_id.is_(None)))
    print(s.scalars(select(s2.name).where(s2.mentor_id.is_(None))).all())
    print(s.execute(select(Student.name, m.subject).outerjoin(Student.mentor.of_type(m)).order_by(Student.id)).all())
