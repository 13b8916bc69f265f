session = Session(engine)
math = Course(title="Math")
art = Course(title="Art")
bio = Course(title="Biology")
kim = Student(name="Kim", courses=[math, art])
lou = Student(name="Lou", courses=[math])
session.add_all([kim, lou, bio])
print("math students before flush:", sorted(s.name for s in math.students))
session.commit()

bio.students.append(lou)
kim.courses.remove(art)
session.commit()
for s in session.query(Student).order_by(Student.name):
    print(s.name, sorted(c.title for c in s.courses))
for c in session.query(Course).order_by(Course.title):
    print(c.title, len(c.students))

session.delete(math)
session.commit()
print("links left:", session.query(enrollment).count())
print("lou:", sorted(c.title for c in lou.courses))
