//! Eager loading on small programs whose SQL was recorded from SQLAlchemy 2.1.9 with `echo=True`:
//! the selectin loader's `IN` statements per level, the joined loader's aliases, nesting and
//! labels, `contains_eager()` reading the statement's own join.

use crate::orm::testing::{Ran, run_program};

const LIBRARY: &str = "
assoc = Table('assoc', Base.metadata, Column('a_id', ForeignKey('authors.id'), primary_key=True),
    Column('t_id', ForeignKey('tags.id'), primary_key=True))
class Author(Base):
    __tablename__ = 'authors'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship('Book', back_populates='author', order_by='Book.title')
    tags = relationship('Tag', secondary=assoc)
class Tag(Base):
    __tablename__ = 'tags'
    id = Column(Integer, primary_key=True)
    label = Column(String)
class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(Integer, ForeignKey('authors.id'))
    author = relationship('Author', back_populates='books')
    pages = relationship('Page')
class Page(Base):
    __tablename__ = 'pages'
    id = Column(Integer, primary_key=True)
    book_id = Column(Integer, ForeignKey('books.id'))
    n = Column(Integer)
";

const SEED: &str = "t1, t2 = Tag(label='x'), Tag(label='y')
session.add_all([
    Author(name='Tolkien', tags=[t1, t2], books=[Book(title='The Hobbit', pages=[Page(n=1), Page(n=2)]), Book(title='Silmarillion')]),
    Author(name='Austen', tags=[t2], books=[Book(title='Emma'), Book(title='Persuasion'), Book(title='Mansfield Park')]),
    Author(name='Nobody'),
])
session.commit()
session.close()
";

/// The statements after the seeding, each on one line.
fn selects(ran: &Ran) -> Vec<String> {
    ran.sql
        .iter()
        .filter(|s| s.starts_with("SELECT"))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn run(script: &str) -> Ran {
    let ran = run_program(LIBRARY, &format!("{SEED}{script}"));
    assert_eq!(ran.error, None, "{}", ran.stdout);
    ran
}

#[test]
fn selectin_loads_each_level_with_one_in_statement() {
    let ran = run(
        "for a in session.scalars(select(Author).options(selectinload(Author.books).selectinload(Book.pages))):\n    \
                   print(a.name, [(b.title, [p.n for p in b.pages]) for b in a.books])\n",
    );
    assert_eq!(
        selects(&ran),
        [
            "SELECT authors.id, authors.name FROM authors",
            "SELECT books.author_id, books.id, books.title FROM books WHERE books.author_id IN (?, ?, ?) ORDER BY books.title",
            "SELECT pages.book_id, pages.id, pages.n FROM pages WHERE pages.book_id IN (?, ?, ?, ?, ?)",
        ]
    );
    // The pages' keys come in the order the books were loaded (by title).
    assert_eq!(ran.params_of("SELECT pages"), ["Single([Integer(3), Integer(5), Integer(4), Integer(2), Integer(1)])"]);
    assert!(ran.stdout.starts_with("Tolkien [('Silmarillion', []), ('The Hobbit', [1, 2])]\n"), "{}", ran.stdout);
}

#[test]
fn selectin_many_to_one_and_many_to_many() {
    let ran = run("for b in session.scalars(select(Book).options(selectinload(Book.author))):\n    b.author.name\n\
                   for a in session.scalars(select(Author).options(selectinload(Author.tags))):\n    print(a.name, [t.label for t in a.tags])\n");
    let sql = selects(&ran);
    assert_eq!(sql[1], "SELECT authors.id, authors.name FROM authors WHERE authors.id IN (?, ?)");
    assert_eq!(
        sql[3],
        "SELECT assoc.a_id, tags.id, tags.label FROM assoc JOIN tags ON tags.id = assoc.t_id WHERE assoc.a_id IN (?, ?, ?)"
    );
    assert_eq!(sql.len(), 4, "{sql:?}");
    assert_eq!(ran.stdout, "Tolkien ['x', 'y']\nAusten ['y']\nNobody []\n");
}

#[test]
fn joined_loads_alias_nested_and_many_to_many() {
    let ran = run("for a in session.scalars(select(Author).options(joinedload(Author.tags))).unique():\n    a.tags\n\
                   rows = session.scalars(select(Author).options(joinedload(Author.books).joinedload(Book.pages)).order_by(Author.id)).unique().all()\n\
                   print([(a.name, [(b.title, len(b.pages)) for b in a.books]) for a in rows])\n");
    let sql = selects(&ran);
    assert_eq!(
        sql,
        [
            "SELECT authors.id, authors.name, tags_1.id AS id_1, tags_1.label FROM authors LEFT OUTER JOIN (assoc AS assoc_1 JOIN tags AS tags_1 ON tags_1.id = assoc_1.t_id) ON authors.id = assoc_1.a_id",
            "SELECT authors.id, authors.name, pages_1.id AS id_1, pages_1.book_id, pages_1.n, books_1.id AS id_2, books_1.title, books_1.author_id FROM authors LEFT OUTER JOIN books AS books_1 ON authors.id = books_1.author_id LEFT OUTER JOIN pages AS pages_1 ON books_1.id = pages_1.book_id ORDER BY authors.id, books_1.title",
        ]
    );
    assert!(ran.stdout.starts_with("[('Tolkien', [('Silmarillion', 0), ('The Hobbit', 2)])"), "{}", ran.stdout);
}

#[test]
fn joined_collections_require_unique() {
    let ran = run(
        "try:\n    session.scalars(select(Author).options(joinedload(Author.books))).all()\nexcept Exception as e:\n    print(type(e).__name__, e)\n\
                   print(len(session.query(Author).options(joinedload(Author.books)).order_by(Author.id).all()))\n",
    );
    assert_eq!(
        ran.stdout,
        "InvalidRequestError The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections\n3\n"
    );
    assert_eq!(
        selects(&ran)[1],
        "SELECT authors.id AS authors_id, authors.name AS authors_name, books_1.id AS books_1_id, books_1.title AS books_1_title, books_1.author_id AS books_1_author_id FROM authors LEFT OUTER JOIN books AS books_1 ON authors.id = books_1.author_id ORDER BY authors.id, books_1.title"
    );
}

#[test]
fn contains_eager_and_printed_joins() {
    let ran = run(
        "for b in session.scalars(select(Book).join(Book.author).where(Author.name == 'Austen').options(contains_eager(Book.author))):\n    \
                   b.author.name\n\
                   print(select(Book).options(joinedload(Book.author, innerjoin=True)))\n",
    );
    assert_eq!(
        selects(&ran),
        [
            "SELECT authors.id, authors.name, books.id AS id_1, books.title, books.author_id FROM books JOIN authors ON authors.id = books.author_id WHERE authors.name = ?"
        ]
    );
    assert_eq!(
        ran.stdout,
        "SELECT books.id, books.title, books.author_id, authors_1.id AS id_1, authors_1.name \nFROM books JOIN authors AS authors_1 ON authors_1.id = books.author_id\n"
    );
}

#[test]
fn joined_collection_under_limit_wraps_the_parents_in_a_subquery() {
    let ran = run("a = session.query(Author).options(joinedload(Author.books)).filter_by(name='Tolkien').first()\n\
                   print(a.name, len(a.books))\n");
    assert_eq!(ran.stdout, "Tolkien 2\n");
    assert_eq!(
        selects(&ran),
        [
            "SELECT anon_1.authors_id AS anon_1_authors_id, anon_1.authors_name AS anon_1_authors_name, books_1.id AS books_1_id, books_1.title AS books_1_title, books_1.author_id AS books_1_author_id FROM (SELECT authors.id AS authors_id, authors.name AS authors_name FROM authors WHERE authors.name = ? LIMIT ? OFFSET ?) AS anon_1 LEFT OUTER JOIN books AS books_1 ON anon_1.authors_id = books_1.author_id ORDER BY books_1.title"
        ]
    );
}

#[test]
fn subquery_loads_rerun_the_statement_as_a_subquery() {
    let ran = run(
        "for a in session.scalars(select(Author).options(subqueryload(Author.books)).where(Author.name != 'x').order_by(Author.name)):\n    \
                   print(a.name, len(a.books))\n\
                   for b in session.scalars(select(Book).options(subqueryload(Book.author))):\n    b.author\n",
    );
    assert_eq!(ran.stdout, "Austen 3\nNobody 0\nTolkien 2\n");
    let sql = selects(&ran);
    assert_eq!(
        sql[1],
        "SELECT books.id AS books_id, books.title AS books_title, books.author_id AS books_author_id, anon_1.authors_id AS anon_1_authors_id FROM (SELECT authors.id AS authors_id FROM authors WHERE authors.name != ?) AS anon_1 JOIN books ON anon_1.authors_id = books.author_id ORDER BY books.title"
    );
    assert_eq!(
        sql[3],
        "SELECT authors.id AS authors_id, authors.name AS authors_name, anon_1.books_author_id AS anon_1_books_author_id FROM (SELECT DISTINCT books.author_id AS books_author_id FROM books) AS anon_1 JOIN authors ON authors.id = anon_1.books_author_id"
    );
    assert_eq!(sql.len(), 4, "{sql:?}");
}

/// `relationship(secondary=..., order_by=assoc.c.col)`: the association table's column orders the
/// lazy load (its own table), the selectin load (the joined association table) and the joined load
/// (the association table's alias), as SQLAlchemy 2.1.9 writes them.
#[test]
fn secondary_order_by_names_the_association_column() {
    let classes = "
ranked = Table('ranked', Base.metadata, Column('l_id', ForeignKey('lists.id'), primary_key=True),
    Column('i_id', ForeignKey('items.id'), primary_key=True), Column('pos', Integer))
class Item(Base):
    __tablename__ = 'items'
    id = Column(Integer, primary_key=True)
class List(Base):
    __tablename__ = 'lists'
    id = Column(Integer, primary_key=True)
    items = relationship('Item', secondary=ranked, order_by=ranked.c.pos)
";
    let script = "session.add_all([List(id=1), Item(id=1), Item(id=2)])
session.flush()
session.execute(ranked.insert(), [{'l_id': 1, 'i_id': 1, 'pos': 2}, {'l_id': 1, 'i_id': 2, 'pos': 1}])
session.commit()
session.close()
print([i.id for i in session.get(List, 1).items])
session.close()
print([i.id for i in session.scalars(select(List).options(selectinload(List.items))).one().items])
session.close()
print([i.id for i in session.scalars(select(List).options(joinedload(List.items))).unique().one().items])
";
    let ran = run_program(classes, script);
    assert_eq!(ran.error, None, "{}", ran.stdout);
    assert_eq!(ran.stdout, "[2, 1]\n[2, 1]\n[2, 1]\n");
    let sql = selects(&ran);
    assert!(sql.iter().any(|s| s.ends_with("AND items.id = ranked.i_id ORDER BY ranked.pos")), "{sql:?}");
    assert!(sql.iter().any(|s| s.ends_with("WHERE ranked.l_id IN (?) ORDER BY ranked.pos")), "{sql:?}");
    assert!(sql.iter().any(|s| s.ends_with("ON lists.id = ranked_1.l_id ORDER BY ranked_1.pos")), "{sql:?}");
}
