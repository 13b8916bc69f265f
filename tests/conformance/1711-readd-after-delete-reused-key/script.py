with Session(engine) as s:
    svc = TodoService(s)
    for t in ["buy milk", "write report", "call mom"]:
        svc.add(t)
    s.commit()
    print(svc.listing())
    print("undo:", svc.undo_last())
    print(svc.listing())
    svc.add("call dad")
    s.commit()
    print(svc.listing())
    svc.listing()[-1].done = True
    print("cleared", svc.clear_done())
    svc.add("plan trip")
    s.commit()
    print(svc.listing(), s.scalar(select(func.count(Todo.id))))
