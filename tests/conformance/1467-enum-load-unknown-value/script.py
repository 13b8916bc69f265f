from sqlalchemy import text
from sqlalchemy.schema import CreateTable

print(CreateTable(Task.__table__))
with Session(engine) as s:
    s.add_all([Task(title="write tests", priority=Priority.HIGH), Task(title="docs"),
               Task(title="deploy", status=Status.DOING, priority=Priority.HIGH), Task(title="lunch", priority=Priority.LOW)])
    s.commit()
    print(s.execute(text("SELECT title, status, priority FROM task ORDER BY id")).all())
    t = s.get(Task, 2)
    t.status = Status.DONE
    s.commit()
    print(s.scalars(select(Task).where(Task.status != Status.DONE).order_by(Task.priority.desc(), Task.id)).all())
    print(s.execute(select(Task.status, func.count()).group_by(Task.status).order_by(Task.status)).all())
    print(s.scalars(select(Task.title).where(Task.priority >= Priority.MEDIUM).order_by(Task.title)).all())
    print(s.scalar(select(Task).where(Task.status == "in progress")))
    print(type(t.status).__name__, t.status, t.priority, t.priority > Priority.LOW)
    try:
        s.execute(text("UPDATE task SET status = 'blocked' WHERE id = 4"))
        print(s.scalars(select(Task).where(Task.id == 4)).one())
    except LookupError as e:
        print("LookupError")
