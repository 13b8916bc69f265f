p = Project(name="apollo", tasks=[Task(title="t1"), Task(title="t2"), Task(title="t3")])
q = Project(name="gemini", tasks=[Task(title="g1")])
session.add_all([p, q])
session.commit()
t2 = p.tasks[1]
p.tasks.remove(t2)
session.commit()
print("t2 kept without delete-orphan:", t2.project_id, session.query(Task).count())
session.delete(p)
session.commit()
print([(t.title, t.project_id) for t in session.query(Task).order_by(Task.id)])
g1 = q.tasks[0]
g1.project = None
session.delete(q)
session.commit()
print([(t.title, t.project_id) for t in session.query(Task).order_by(Task.id)])
