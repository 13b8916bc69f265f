with Session(engine) as s:
    p = Profile(name="ann", prefs="dark")
    s.add(p)
    print(get_history(p, "name"))
    s.commit()
    print(get_history(p, "name"), get_history(p, "score"))
    p.name = "anne"
    h = inspect(p).attrs.name.history
    print(h, h.has_changes(), h.added, h.deleted, h.unchanged)
    print(s.is_modified(p), inspect(p).modified, sorted(s.dirty, key=lambda o: o.id) == [p])
    s.commit()
    try:
        flag_modified(p, "prefs")
    except Exception as e:
        print(type(e).__name__, e)
    p.prefs += ",big"
    p.prefs = p.prefs.replace(",big", "")
    flag_modified(p, "prefs")
    print(p in s.dirty, s.is_modified(p), get_history(p, "prefs"))
    s.commit()
    set_committed_value(p, "score", 99)
    print(p.score, s.is_modified(p), get_history(p, "score"))
    s.commit()
    print(s.scalar(select(Profile.score)), p.score)
    p.score = p.score
    print(s.is_modified(p), p in s.dirty, get_history(p, "score"))
    p.score += 1
    print(get_history(p, "score"), inspect(p).attrs.score.loaded_value)
    s.rollback()
    print(p.score, inspect(p).attrs.score.history)
    try:
        flag_modified(p, "nope")
    except Exception as e:
        print(type(e).__name__, e)
