with Session(engine) as s:
    s.add_all([Bucket(label="low", low=0, high=10), Bucket(label="mid", low=10, high=50), Bucket(label="high", low=50, high=1000)])
    s.add_all([Reading(value=v) for v in (3, 10, 49, 77, 5000)])
    s.commit()
    for r in s.scalars(select(Reading).order_by(Reading.id)):
        print(r.value, r.bucket)
    print(Reading.bucket.property.direction.name)
    stmt = select(Reading.value, Bucket.label).join(Reading.bucket).order_by(Reading.value)
    print(stmt)
    print(s.execute(stmt).all())
    b = aliased(Bucket)
    print(select(Reading.id).join(b, Reading.bucket).where(b.label == "mid"))
    print(s.scalars(select(Reading.value).join(Reading.bucket.of_type(b)).where(b.label == "mid")).all())
