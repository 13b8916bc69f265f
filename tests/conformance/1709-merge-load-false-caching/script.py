cache = {}
with SessionLocal() as s:
    s.add_all([Setting(key="theme", value="dark"), Setting(key="lang", value="en")])
    s.commit()
    for st in s.scalars(select(Setting).order_by(Setting.key)):
        cache[st.key] = st
print(cache, [inspect(v).detached for v in cache.values()])
cache["theme"].value = "light"
with SessionLocal() as s:
    m = s.merge(cache["theme"])
    print(m is cache["theme"], m.value, m in s.dirty)
    s.commit()
with SessionLocal() as s:
    fresh = s.merge(cache["lang"], load=False)
    print(fresh.value, inspect(fresh).persistent, fresh in s.dirty)
    s.add(cache["lang"]) if False else None
    print(s.scalars(select(Setting.value).order_by(Setting.id)).all())
copy = cache["lang"]
make_transient(copy)
copy.id = None
copy.key = "lang2"
with SessionLocal() as s:
    s.add(copy)
    s.commit()
    print(copy.id, inspect(copy).persistent)
ghost = Setting(id=1, key="theme", value="??")
make_transient_to_detached(ghost)
with SessionLocal() as s:
    s.add(ghost)
    print(inspect(ghost).persistent, ghost.value, ghost in s.dirty)
    s.expire(ghost)
    print(ghost.value)
    try:
        s.merge(Setting(id=1, key="theme", value="x"), load=False)
    except Exception as e:
        print(type(e).__name__, e)
with SessionLocal() as s:
    print(s.execute(select(Setting.id, Setting.key, Setting.value).order_by(Setting.id)).all())
