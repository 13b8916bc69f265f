def report(label):
    print(f"{label}: {len(queries)} queries")
    for q in queries:
        print("   ", q.replace("\n", " "))
    queries.clear()


with Session(engine) as s:
    for a in s.scalars(select(Author).order_by(Author.id)):
        n = len(a.books)
    report("lazy")
with Session(engine) as s:
    authors = s.scalars(select(Author).options(selectinload(Author.books)).order_by(Author.id)).all()
    print([len(a.books) for a in authors])
    report("selectin")
with Session(engine) as s:
    authors = s.scalars(select(Author).options(joinedload(Author.books)).order_by(Author.id)).unique().all()
    report("joined")
with Session(engine) as s:
    books = s.scalars(select(Book).order_by(Book.id)).all()
    print(sorted({b.author.name for b in books}))
    report("many-to-one lazy (identity map)")
