with Session(engine, expire_on_commit=False) as s:
    p = Profile(bio="hello")
    s.add(p)
    s.commit()
    p.bio = "hello"  # same value: dirty, but no net change
    print(p in s.dirty, s.is_modified(p), calls)
    s.flush()
    print(calls, p.saves, p.stamp, p in s.dirty)
    calls.clear()
    p.bio = "!loud"
    s.commit()
    print(calls, p.saves, p.stamp)
    calls.clear()
    p.bio = p.bio
    s.commit()
    print(calls, p.saves)
    s.refresh(p)
    print(p.saves, p.stamp, s.dirty)
    calls.clear()
    p.saves = p.saves
    s.expire(p)
    s.flush()
    print(calls, s.scalars(select(Profile.saves)).one())
