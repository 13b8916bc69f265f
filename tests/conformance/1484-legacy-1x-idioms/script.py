from sqlalchemy import select, text, case, func, and_

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__)

attempt("engine.execute", lambda: engine.execute("select 1"))
attempt("select list", lambda: session.execute(select([User.name])).all())
attempt("select cols", lambda: session.execute(select(User.name).order_by(User.id)).all())
attempt("case list", lambda: session.execute(select(case([(User.age > 35, "old")], else_="young"))).all())
attempt("case tuples", lambda: session.execute(select(case((User.age > 35, "old"), else_="young")).order_by(User.id)).scalars().all())
with engine.connect() as conn:
    attempt("conn raw str", lambda: conn.execute("SELECT name FROM users"))
    attempt("conn text", lambda: conn.execute(text("SELECT name FROM users ORDER BY id")).scalars().all())
    attempt("exec_driver_sql", lambda: conn.exec_driver_sql("SELECT count(*) FROM users").scalar())
attempt("query.get", lambda: session.query(User).get(2))
attempt("session.get", lambda: session.get(User, 2))
attempt("metadata.bind", lambda: Base.metadata.bind)
attempt("table_names", lambda: engine.table_names())
attempt("inspect names", lambda: __import__("sqlalchemy").inspect(engine).get_table_names())
attempt("filter kwargs", lambda: session.query(User).filter(name="ed").all())
attempt("filter_by", lambda: session.query(User).filter_by(name="ed").all())
attempt("and_ empty", lambda: session.query(User).filter(and_(*[])).count())
attempt("func.count()", lambda: session.query(func.count(User.id)).scalar())
attempt("text filter no text()", lambda: session.query(User).filter("age > 30").all())
attempt("order_by str", lambda: session.query(User).order_by("age").all())
attempt("order_by str desc", lambda: session.query(User).order_by("age desc").all())
attempt("select_from str", lambda: session.execute(select(text("name")).select_from(text("users")).order_by(text("name"))).scalars().all())
attempt("Query.get missing", lambda: session.query(User).get(99))
attempt("in_ empty", lambda: session.query(User).filter(User.id.in_([])).all())
attempt("autocommit kw", lambda: sessionmaker(bind=engine, autocommit=True)())
attempt("scalar none", lambda: session.query(User.id).filter(User.age > 100).scalar())
attempt("values()", lambda: list(session.query(User).values(User.name)))
attempt("as_scalar", lambda: session.query(User.id).filter(User.age > 40).as_scalar() is not None)
attempt("subquery c", lambda: session.query(User.name).subquery().c.keys())
session.close()
