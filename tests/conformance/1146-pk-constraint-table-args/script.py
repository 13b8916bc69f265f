from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

print([c.name for c in Enrollment.__table__.primary_key])
print([c.key for c in inspect(Enrollment).primary_key])
print(Enrollment.__table__.c.student.nullable, Room.__table__.c.number.primary_key, Room.__table__.c.label.primary_key)

with Session(engine) as s:
    s.add_all([
        Enrollment(student="ann", course="math", term=1, grade=90),
        Enrollment(student="ann", course="art", term=1, grade=75),
        Enrollment(student="bob", course="math", term=2),
        Room(building="A", number=101, label="lab"),
        Room(building="B", number=7, label="hall"),
    ])
    s.commit()
    e = s.get(Enrollment, ("ann", 1, "math"))
    print(e, inspect(e).identity)
    print(s.get(Enrollment, {"student": "bob", "course": "math", "term": 2}))
    print(s.get(Enrollment, ("math", "ann", 1)))
    print(s.get(Room, ("B", 7)), inspect(s.get(Room, ("A", 101))).identity)
    e.grade = 95
    s.commit()
    s.delete(e)
    s.commit()
    print(s.scalars(select(Enrollment).order_by(Enrollment.student, Enrollment.course)).all())
    s.add(Enrollment(student="ann", course="art", term=1))
    try:
        s.commit()
    except Exception as exc:
        print(type(exc).__name__)
        s.rollback()
