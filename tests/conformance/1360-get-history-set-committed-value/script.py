with Session(engine) as s:
    d = Doc(title="draft", meta={"lang": "en"})
    s.add(d)
    print(get_history(d, "title"))
    s.commit()
    print(inspect(d).attrs.title.history)
    d.title = "final"
    h = inspect(d).attrs.title.history
    print(h.added, h.deleted, h.unchanged, h.has_changes())
    print(s.is_modified(d), d in s.dirty)
    s.commit()

    d.meta["pages"] = 3
    print(s.is_modified(d), inspect(d).attrs.meta.history.has_changes())
    s.commit()
    print(s.scalar(select(Doc)).meta)
    d.meta["pages"] = 3
    flag_modified(d, "meta")
    print(s.is_modified(d), d in s.dirty)
    s.commit()
    print(s.scalar(select(Doc.meta)))

    set_committed_value(d, "views", 500)
    print(d.views, s.is_modified(d), inspect(d).attrs.views.history)
    s.commit()
    print(s.scalar(select(Doc.views)), d.views)
    d.title = d.title
    print(s.is_modified(d), inspect(d).attrs.title.history.unchanged)
    print(get_history(d, "views"))
Base.metadata.drop_all(engine)
