with Session(engine) as s:
    a = Article(title="  Hello World  ")
    print(repr(a.title))
    try:
        a.title = "x"
    except ValueError as e:
        print("error:", e)
    a.keywords.append(Keyword(word="PyThon"))
    s.add(a)
    s.commit()
    print(a.slug, a.revision, a.keywords[0].word)
    a.title = "Second Title!"
    s.commit()
    print(a.slug, a.revision)
    a.keywords = [Keyword(word="SQL")]
    s.commit()
    print([k.word for k in s.query(Keyword).order_by(Keyword.id)])
