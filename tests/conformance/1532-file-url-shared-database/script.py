from sqlalchemy import create_engine, select, inspect, text, exc
from sqlalchemy.orm import Session

# "create the database" section
setup = create_engine("sqlite:///library.db")
Base.metadata.drop_all(setup)
Base.metadata.create_all(setup)
with Session(setup) as s:
    s.add_all([Book(title="Dune"), Book(title="Emma")])
    s.commit()
    s.add(Book(title="never committed"))
    s.flush()
    s.rollback()

# "query it" section: a new engine on the same file, spelled differently
reader = create_engine("sqlite:///./data/../library.db")
with Session(reader) as s:
    print(s.scalars(select(Book.title).order_by(Book.id)).all())
    s.add(Book(title="Ulysses"))
    s.commit()
with setup.connect() as conn:
    print(conn.execute(text("SELECT count(*) FROM book")).scalar())
print(inspect(reader).get_table_names())

# in-memory databases are private to their engine
mem1 = create_engine("sqlite://")
Base.metadata.create_all(mem1)
mem2 = create_engine("sqlite://")
try:
    with mem2.connect() as conn:
        conn.execute(select(Book.id)).all()
except exc.OperationalError as e:
    print(type(e).__name__, e.orig)
Base.metadata.drop_all(setup)
print(inspect(reader).get_table_names())
