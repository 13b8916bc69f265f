with engine.begin() as conn:
    r = conn.execute(insert(users).values(name="ann"))
    print(r.inserted_primary_key, r.inserted_primary_key._fields, r.inserted_primary_key[0])
    print(conn.execute(users.insert(), {"name": "bob"}).inserted_primary_key)
    print(conn.execute(insert(users).values(id=10, name="cy")).inserted_primary_key)
    print(conn.execute(insert(tags).values(label="x")).inserted_primary_key)
    print(conn.execute(insert(tags), {"code": "py", "label": "Python"}).inserted_primary_key)
    print(conn.execute(insert(links).values(user_id=1, tag="py")).inserted_primary_key)
    r = conn.execute(insert(users), [{"name": "d"}, {"name": "e"}])
    for attempt in (lambda: r.inserted_primary_key, lambda: conn.execute(users.update().values(name="z").where(users.c.id == 99)).inserted_primary_key):
        try:
            attempt()
        except InvalidRequestError as e:
            print(type(e).__name__, e)
    try:
        conn.execute(insert(users).values(id=1, name="dup"))
    except IntegrityError as e:
        print(e.orig, type(e.orig).__name__, e.statement, e.params)

print(inspect(engine).get_table_names())
links.drop(engine)
print(inspect(engine).get_table_names())
links.drop(engine, checkfirst=True)
links.create(engine)
links.create(engine, checkfirst=True)
print(inspect(engine).get_table_names())
metadata.drop_all(engine, tables=[links, tags])
print(inspect(engine).get_table_names())
metadata.create_all(engine, tables=[tags])
print(inspect(engine).get_table_names())
metadata.create_all(engine)
print(inspect(engine).get_table_names())
with engine.connect() as conn:
    print(conn.execute(select(users.c.name).order_by(users.c.id)).scalars().all())
