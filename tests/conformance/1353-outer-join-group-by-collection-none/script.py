from sqlalchemy import create_engine, select, func
from sqlalchemy.orm import Session, aliased

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    ada, bo = Teacher(name="ada"), Teacher(name="bo")
    math = Course(title="math", teacher=ada)
    art = Course(title="art", teacher=ada)
    music = Course(title="music")
    session.add_all([
        ada, bo, math, art, music,
        Student(name="zed", courses=[math, art]),
        Student(name="amy", courses=[math]),
        Student(name="lou"),
    ])
    session.commit()

    # teachers with their course counts, including those without courses
    stmt = (
        select(Teacher.name, func.count(Course.id))
        .join(Teacher.courses, isouter=True)
        .group_by(Teacher)
        .order_by(Teacher.name)
    )
    print(stmt)
    print(session.execute(stmt).all())

    # the same with the legacy Query and outerjoin spelled as join(..., isouter=True)
    rows = (
        session.query(Course.title, Teacher.name)
        .join(Course.teacher, isouter=True)
        .order_by(Course.title)
        .all()
    )
    print(rows)

    # students without any course, and courses with students
    print(session.scalars(select(Student).where(Student.courses == None)).all())
    print(select(Course.title).where(Course.students != None))
    print(session.scalars(select(Course.title).where(Course.students != None).order_by(Course.title)).all())
    print(session.scalars(select(Teacher.name).where(Teacher.courses == None)).all())

    # grouping by an alias groups by its columns; ordering by an entity is an error
    t = aliased(Teacher)
    print(select(t.name, func.count()).group_by(t))
    for entity in (t, Student):
        try:
            select(Student.name).order_by(entity)
        except Exception as e:
            print(type(e).__name__)

    # a collection compared with an object is an error
    try:
        select(Teacher).where(Teacher.courses == math)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        select(Course).where(Course.students != [])
    except Exception as e:
        print(type(e).__name__, e)

    # loader options by string name are SQLAlchemy 1.x
    from sqlalchemy.orm import load_only, defer, undefer, Load
    for make in (lambda: load_only("name"), lambda: defer("name"), lambda: Load(Teacher).load_only("name")):
        try:
            make()
        except Exception as e:
            print(type(e).__name__, e)
