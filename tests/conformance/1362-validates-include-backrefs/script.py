with Session(engine) as s:
    ops = Department(name="ops")
    boss, kim = Worker(name="boss"), Worker(name="kim")
    print("append:")
    ops.staff.append(boss)
    print("assign:")
    kim.department = ops
    print("remove:")
    try:
        ops.staff.remove(boss)
    except ValueError as e:
        print("  ValueError:", e)
    print(ops.staff)
    lee = Worker(name="lee", department=ops)
    s.add(ops)
    s.commit()
    print(s.scalars(select(Worker.name).order_by(Worker.id)).all())
    print("delete kim (cascade on many-to-one!):")
    s.delete(kim)
    s.commit()
    print(s.scalars(select(Department)).all(), s.scalars(select(Worker.name).order_by(Worker.id)).all())
