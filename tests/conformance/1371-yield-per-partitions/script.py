with Session(engine) as s:
    result = s.scalars(select(Reading).order_by(Reading.id).execution_options(yield_per=4))
    for batch in result.partitions():
        print(len(batch), batch)
    for part in s.execute(select(Reading.id, Reading.value).order_by(Reading.id)).partitions(5):
        print([tuple(r) for r in part])
    res = s.scalars(select(Reading).where(Reading.sensor == "a").order_by(Reading.id))
    print(res.fetchmany(2), res.fetchmany(2), res.all())
    total = 0
    for r in s.scalars(select(Reading).execution_options(yield_per=3)):
        total += r.value
    print(total)
    q = s.query(Reading).filter(Reading.value > 20).order_by(Reading.id).yield_per(2)
    print([r.id for r in q])
    stream = s.execute(select(Reading.value).order_by(Reading.value.desc()))
    print(stream.fetchone(), stream.fetchone(), stream.first())
