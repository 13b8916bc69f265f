session = Session(engine)
math, art = Course(title="math"), Course(title="art")
ann = Student(name="ann", courses=[math, art])
session.add(ann)
session.commit()


def rows():
    return session.execute(select(enrollment).order_by(enrollment.c.course_id)).all()


ann.courses.remove(math)
ann.courses.append(math)
session.commit()
print(ann.courses, rows())
ann.courses.remove(art)
art.students.append(ann)
session.commit()
print(ann.courses, [s.name for s in art.students], rows())
math.students.remove(ann)
ann.courses.append(math)
session.commit()
print(ann.courses, rows())
