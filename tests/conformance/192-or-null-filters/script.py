with Session(engine) as s:
    s.add_all([
        Lead(name="a", source="ads", score=10),
        Lead(name="b", source=None, score=50),
        Lead(name="c", source="web", score=None),
        Lead(name="d", source=None, score=None),
    ])
    s.commit()

    def names(*criteria):
        return s.scalars(select(Lead.name).where(*criteria).order_by(Lead.name)).all()

    print(names(or_(Lead.source == "ads", Lead.score > 20)))
    print(names(or_(Lead.source.is_(None), Lead.score < 20)))
    print(names(not_(or_(Lead.source == "web", Lead.score > 20))))
    print(names(~and_(Lead.source == "ads", Lead.score == 10)))
    print(names(or_(and_(Lead.source != None, Lead.score == None), Lead.name == "a")))
    print(names(Lead.source.like("%e%")))
    print(names(~Lead.source.like("%e%")))
    print(names(Lead.source.in_(["ads", "web"]) | (Lead.score >= 50)))
    print(names(Lead.score.between(5, 60) & Lead.source.isnot(None)))
