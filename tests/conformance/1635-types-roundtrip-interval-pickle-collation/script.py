print(CreateTable(Sample.__table__).compile(engine))
with Session(engine) as s:
    s.add(Sample(dur=timedelta(days=1, hours=2, minutes=3), blob=b"\x00\x01hi", pick={"a": [1, 2]}, flag=True, price=19.999, exact=Decimal("1.23456"),
                 ratio=0.1, name="Zed", body="long " * 3, uname="héllo", utext="ünï", small=7, big=2 ** 40, when=datetime(2024, 2, 29, 23, 59, 58, 123456),
                 day=date(2024, 1, 2), at=time(7, 8, 9), meta={"k": [1, {"x": None}]}))
    s.commit()
    s.expunge_all()
    x = s.scalars(select(Sample)).one()
    for attr in ["dur", "blob", "pick", "flag", "price", "exact", "ratio", "name", "body", "uname", "utext", "small", "big", "when", "day", "at", "meta"]:
        v = getattr(x, attr)
        print(attr, type(v).__name__, repr(v))
    raw = s.execute(text('SELECT dur, flag, price, exact, "when", day, at, meta FROM sample')).one()
    print(raw)
    print(s.scalar(select(Sample.id).where(Sample.name == "zed")), s.scalar(select(Sample.dur).where(Sample.dur > timedelta(hours=3))))
    print(s.scalar(select(func.typeof(Sample.dur))), s.scalar(select(func.typeof(Sample.blob))), s.scalar(select(func.typeof(Sample.exact))))
    s.execute(Sample.__table__.delete())
    s.commit()
