stmt = insert(user_table).values(name="spongebob", fullname="Spongebob Squarepants")
print(stmt)
compiled = stmt.compile()
print(compiled.params)
with engine.connect() as conn:
    result = conn.execute(stmt)
    conn.commit()
    print(result.inserted_primary_key)
    print(result.inserted_primary_key[0])
    print(result.rowcount)

print(insert(user_table))
with engine.begin() as conn:
    result = conn.execute(insert(user_table), [
        {"name": "sandy", "fullname": "Sandy Cheeks"},
        {"name": "patrick", "fullname": "Patrick Star"},
    ])
    print(result.rowcount)

stmt = insert(user_table).values([{"name": "squidward", "fullname": None}, {"name": "krabs", "fullname": "Eugene Krabs"}])
print(stmt)
with engine.begin() as conn:
    conn.execute(stmt)

stmt = insert(address_table).returning(address_table.c.id, address_table.c.email_address)
print(stmt)
with engine.begin() as conn:
    r = conn.execute(stmt, {"user_id": 1, "email_address": "sb@sea.org"})
    print(r.all())
    r = conn.execute(insert(address_table).values(user_id=2, email_address="sandy@sea.org").returning(address_table.c.id, address_table.c.score))
    print(r.one())
    r = conn.execute(insert(address_table).returning(address_table.c.id), [{"user_id": 3, "email_address": "p1"}, {"user_id": 3, "email_address": "p2"}])
    print(r.all())

select_stmt = select(user_table.c.id, user_table.c.name + "@aol.com").where(user_table.c.id > 3)
insert_stmt = insert(address_table).from_select(["user_id", "email_address"], select_stmt)
print(insert_stmt)
with engine.begin() as conn:
    print(conn.execute(insert_stmt).rowcount)

with engine.connect() as conn:
    for row in conn.execute(select(user_table).order_by(user_table.c.id)):
        print(row)
    print(conn.execute(select(address_table.c.email_address, address_table.c.score).order_by(address_table.c.id)).all())
    print(conn.execute(select(func.count()).select_from(address_table)).scalar())
print(insert(user_table).values(name="x").returning(user_table))
print(insert(user_table).values({"name": "y", "active": False}))
print(insert(user_table).values(name=func.upper("z")))
