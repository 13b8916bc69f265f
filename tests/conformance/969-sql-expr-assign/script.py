with Session(engine) as session:
    home = Page(slug="home", title=func.upper("welcome"))
    about = Page(slug="about")
    session.add_all([home, about])
    session.commit()
    print(home.title, home.views)
    for _ in range(3):
        home.views = Page.views + 1
        session.flush()
    print(home.views)
    about.views = Page.views + 10
    about.slug = func.lower("ABOUT-US")
    print(about in session.dirty)
    session.commit()
    print(about.views, about.slug)
    home.title = select(Page.slug).where(Page.id == about.id).scalar_subquery()
    session.commit()
    print(home.title)
    print(session.execute(select(Page.id, Page.slug, Page.views, Page.title)).all())
