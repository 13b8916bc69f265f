engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    py, db, web = Tag(label="python"), Tag(label="db"), Tag(label="web")
    ann = Writer(name="ann")
    ben = Writer(name="ben", mentor=ann)
    cat = Writer(name="cat", mentor=ann)
    dan = Writer(name="dan", mentor=ben)
    s.add_all([
        Article(title="ORM tips", writer=ben, tags=[py, db]),
        Article(title="CSS", writer=cat, tags=[web]),
        Article(title="Indexes", writer=dan, tags=[db]),
    ])
    s.add(ann)
    s.commit()

with Session(engine) as s:
    mentor = aliased(Writer, name="mentor")
    # mentors whose mentees have written about databases
    stmt = (
        select(mentor.name)
        .where(mentor.mentees.any(Writer.articles.any(Article.tags.any(Tag.label == "db"))))
        .order_by(mentor.name)
    )
    print(stmt)
    print(s.scalars(stmt).all())
    # writers (through an alias) with at least one article, and without any
    w = aliased(Writer)
    print(s.scalars(select(w.name).where(w.articles.any()).order_by(w.name)).all())
    print(s.scalars(select(w.name).where(~w.articles.any()).order_by(w.name)).all())
    print(s.scalars(select(w.name).where(w.articles.any(title="CSS"))).all())
    # has() on an aliased many-to-one, keyword form
    a = aliased(Article)
    print(s.scalars(select(a.title).where(a.writer.has(name="dan"))).all())
    print(select(a.id).where(a.writer.has(Writer.mentor_id.is_(None))))
    # contains() through an alias
    db_tag = s.scalar(select(Tag).filter_by(label="db"))
    print(select(a.title).where(a.tags.contains(db_tag)))
    print(s.scalars(select(a.title).where(a.tags.contains(db_tag)).order_by(a.title)).all())
    dan = s.scalar(select(Writer).filter_by(name="dan"))
    print(s.scalars(select(w.name).where(w.mentees.contains(dan))).all())
