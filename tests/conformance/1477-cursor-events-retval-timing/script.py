timings = []


@event.listens_for(engine, "before_cursor_execute")
def start_timer(conn, cursor, statement, parameters, context, executemany):
    conn.info.setdefault("query_start_time", []).append(time.perf_counter())
    context._tag = statement.split()[0]


@event.listens_for(engine, "after_cursor_execute")
def stop_timer(conn, cursor, statement, parameters, context, executemany):
    total = time.perf_counter() - conn.info["query_start_time"].pop(-1)
    timings.append((context._tag, executemany, total >= 0))


with engine.begin() as conn:
    conn.execute(insert(Product), [{"name": "pen", "price": 2}, {"name": "ink", "price": 5}, {"name": "pad", "price": 1}])
    conn.execute(text("UPDATE product SET price = price + :d WHERE name = :n"), {"d": 1, "n": "pen"})
    rows = conn.execute(select(Product.name, Product.price).order_by(Product.id)).all()
print(rows)
print(timings)

seen = []


def tag_statements(conn, cursor, statement, parameters, context, executemany):
    seen.append((statement.replace("\n", " "), parameters))
    return statement + " -- traced", parameters


event.listen(engine, "before_cursor_execute", tag_statements, retval=True)
with Session(engine) as s:
    p = s.scalars(select(Product).where(Product.price > 4)).one()
    p.price = 10
    s.commit()
    print(s.scalar(select(Product.price).where(Product.name == "ink")))
for stmt, params in seen:
    print(stmt, params)
event.remove(engine, "before_cursor_execute", tag_statements)
print(event.contains(engine, "before_cursor_execute", tag_statements))


def lower_params(conn, cursor, statement, parameters, context, executemany):
    if statement.startswith("INSERT"):
        parameters = tuple(p.upper() if isinstance(p, str) else p for p in parameters)
    return statement, parameters


event.listen(engine, "before_cursor_execute", lower_params, retval=True)
with Session(engine) as s:
    s.add(Product(name="mug", price=7))
    s.commit()
    print(s.scalars(select(Product.name).order_by(Product.id)).all())
print([t[0] for t in timings[-4:]])
