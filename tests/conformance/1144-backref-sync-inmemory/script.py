from sqlalchemy import select, func

s = Session(engine)
north, south = School(name="North"), School(name="South")
ann, bob, cy = Student(name="ann"), Student(name="bob"), Student(name="cy")
print(ann.status, ann.id, ann.school, ann.clubs, ann.locker)
north.students.append(ann)
bob.school = north
print(north.students, ann.school, bob.school_id)
s.add_all([north, south, cy])
s.flush()
print(bob.school_id, ann.id is not None, ann.status)
bob.school = south
print(north.students, south.students)
chess, drama = Club(name="chess"), Club(name="drama")
ann.clubs.append(chess)
bob.clubs.append(chess)
drama.members.append(ann)
print(chess.members, ann.clubs)
ann.clubs.remove(chess)
print(chess.members, ann.clubs)
del drama.members[0]
print(ann.clubs, drama.members)
l1, l2 = Locker(number=1), Locker(number=2)
ann.locker = l1
print(l1.student)
ann.locker = l2
print(l1.student, l2.student, ann.locker)
l2.student = bob
print(ann.locker, bob.locker)
s.commit()
print(s.execute(select(Locker.number, Locker.student_id).order_by(Locker.number)).all())
north.students = [cy]
s.flush()
print(ann.school, s.scalars(select(Student.name).order_by(Student.name)).all())
cy.school = None
s.commit()
print(north.students, s.scalar(select(func.count(Student.id))))
s.close()
