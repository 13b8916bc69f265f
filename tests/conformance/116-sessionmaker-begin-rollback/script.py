with Session.begin() as s:
    s.add(Shift(worker="Mo"))
    s.add(Shift(worker="Na", hours=6))

try:
    with Session.begin() as s:
        s.add(Shift(worker="Oz", hours=12))
        s.flush()
        print("oz flushed")
        raise RuntimeError("abort")
except RuntimeError:
    print("rolled back")

with Session() as s:
    shifts = s.query(Shift).order_by(Shift.id).all()
    print([(x.id, x.worker, x.hours) for x in shifts])
    with s.begin():
        shifts[0].hours = 10
    print("mo hours:", shifts[0].hours)
    total = sum(x.hours for x in s.query(Shift))
    print("total:", total)
