s = Session(engine)
s.add(Device(serial="S1", kind="phone"))
s.commit()
print(s.query(Device).one().label)
for kwargs in [dict(kind="tablet"), dict(serial="S2"), dict(serial="S3", kind="watch", label=None, owner=None)]:
    s.add(Device(**kwargs))
    try:
        s.commit()
        print("saved", kwargs)
    except IntegrityError:
        s.rollback()
        print("rejected", sorted(kwargs))
print(s.query(Device).count())
