py = Course(name="Python")
l1 = Lesson(topic="Loops", course=py)
Exercise(prompt="sum a list", lesson=l1)
Exercise(prompt="fizzbuzz", lesson=l1)
session.add(py)
print("pending:", len(session.new))
session.commit()
print([(e.id, e.prompt, e.lesson_id) for e in session.query(Exercise).order_by(Exercise.id)])

# adding the leaf cascades upward through many-to-one
l2 = Lesson(topic="Functions")
ex = Exercise(prompt="write def", lesson=l2)
l2.course = Course(name="Advanced")
session.add(ex)
session.commit()
print([(c.id, c.name) for c in session.query(Course).order_by(Course.id)])
print([(l.id, l.topic, l.course_id) for l in session.query(Lesson).order_by(Lesson.id)])

# a new child linked to a persistent parent only through the child side is not saved
stray = Lesson(topic="Stray", course=py)
print("stray in session:", stray in session)
session.commit()
print("lessons:", session.query(Lesson).count(), [l.topic for l in py.lessons])
