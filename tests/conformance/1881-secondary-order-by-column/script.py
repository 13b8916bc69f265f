with engine.begin() as conn:
    conn.execute(Course.__table__.insert(), [{"id": 1, "title": "SQL"}, {"id": 2, "title": "ORM"}])
    conn.execute(Lesson.__table__.insert(), [{"id": i, "name": f"lesson {i}"} for i in range(1, 6)])
    conn.execute(
        course_lessons.insert(),
        [
            {"course_id": 1, "lesson_id": 1, "seq": 30},
            {"course_id": 1, "lesson_id": 2, "seq": 10},
            {"course_id": 1, "lesson_id": 3, "seq": 20},
            {"course_id": 2, "lesson_id": 5, "seq": 2},
            {"course_id": 2, "lesson_id": 1, "seq": 1},
        ],
    )

session = Session(engine)
sql = session.get(Course, 1)
print([l.name for l in sql.lessons])
print([l.name for l in sql.lessons_backwards])
session.close()
for course in session.scalars(select(Course).options(selectinload(Course.lessons)).order_by(Course.id)):
    print(course.title, [l.id for l in course.lessons])
session.close()
for course in session.scalars(select(Course).options(joinedload(Course.lessons)).order_by(Course.id)).unique():
    print(course.title, [l.id for l in course.lessons])
session.close()
for course in session.scalars(select(Course).options(joinedload(Course.lessons, innerjoin=True)).order_by(Course.id)).unique():
    print(course.title, [l.id for l in course.lessons])
