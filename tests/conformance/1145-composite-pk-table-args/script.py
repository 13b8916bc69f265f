from sqlalchemy import select, func
from sqlalchemy.schema import CreateTable

print(CreateTable(Grade.__table__))
with Session(engine) as s:
    algo = Course(code="CS200", term="2024S", title="Algorithms")
    algo2 = Course(code="CS200", term="2024F", title="Algorithms")
    s.add_all([algo, algo2])
    s.add_all([Grade(student="ann", course=algo, score=91), Grade(student="bob", course=algo, score=78), Grade(student="ann", course=algo2, score=85)])
    s.commit()
    print(s.get(Course, ("CS200", "2024F")).grades)
    print(s.get(Grade, {"student": "bob", "code": "CS200", "term": "2024S"}))
    print(s.execute(select(Course.term, func.avg(Grade.score)).join(Course.grades).group_by(Course.term).order_by(Course.term)).all())
    g = s.get(Grade, ("ann", "CS200", "2024S"))
    g.score += 5
    s.commit()
    print(g, sorted(Grade.__table__.primary_key.columns.keys()))
