session = Session()
bob = Teacher(name="Bob", subject="Math")
session.add_all(
    [
        Student(name="Ann", school="MIT"),
        bob,
        Person(name="Cy"),
        GradStudent(name="Di", school="CMU", thesis="Graphs", advisor=bob),
    ]
)
session.commit()
for p in session.query(Person).order_by(Person.id):
    print(p.id, p.kind, type(p).__name__, p.describe())
print([s.name for s in session.query(Student).filter(Student.school.like("%M%")).order_by(Student.name)])
print(session.query(Student).count(), session.query(GradStudent).count(), session.query(Person).count())
print(session.query(Teacher).first().subject)
print([g.describe() for g in bob.advisees])
g = session.query(GradStudent).filter_by(name="Di").one()
print(g.advisor.name, g.thesis, g.school)
g.school = "Stanford"
g.thesis = "Trees"
g.name = "Diana"
session.commit()
print(g.describe())
t = session.query(Person).filter_by(name="Bob").one()
print(type(t).__name__, t.subject)
session.delete(g)
session.commit()
print(session.query(Person).count(), session.query(Student).count(), session.query(GradStudent).count())
s = session.get(Student, 1)
s.school = "Harvard"
session.commit()
print(s.describe(), session.get(Person, 1) is s)
