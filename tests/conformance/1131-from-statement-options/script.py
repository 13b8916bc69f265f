with Session(engine) as session:
    session.add_all([
        Author(name="Le Guin", books=[Book(title="Earthsea"), Book(title="Lathe")]),
        Author(name="Banks", books=[Book(title="Excession")]),
        Author(name="Jemisin"),
    ])
    session.commit()

with Session(engine) as session:
    s1 = (
        select(Author, func.count(Book.id).label("book_count"))
        .join_from(Author, Book)
        .where(Author.name == "Le Guin")
    )
    s2 = (
        select(Author, func.count(Book.id).label("book_count"))
        .join_from(Author, Book)
        .where(Author.name == "Banks")
    )
    u = union_all(s1, s2)
    stmt = select(Author).from_statement(u).options(with_expression(Author.book_count, u.selected_columns.book_count))
    for a in session.scalars(stmt):
        print(a, a.book_count)

with Session(engine) as session:
    stmt = (
        select(Author)
        .from_statement(text("SELECT name, id FROM author ORDER BY name"))
        .options(selectinload(Author.books))
    )
    for a in session.scalars(stmt):
        print(a, [b.title for b in a.books])

with Session(engine) as session:
    t = text("SELECT author.id, author.name, count(book.id) AS n FROM author "
             "LEFT JOIN book ON book.author_id = author.id GROUP BY author.id ORDER BY n DESC, author.name")
    stmt = select(Author).from_statement(t).options(with_expression(Author.book_count, literal_column("n")))
    for a in session.scalars(stmt):
        print(a.name, a.book_count)
