upd = (update(user_account).where(user_account.c.id == address.c.user_id)
       .where(address.c.email_address == "pat@aol.com")
       .values({user_account.c.fullname: "Pat", address.c.email_address: "pat@new.com"}))
compiled = upd.compile(dialect=mysql.dialect())
print(compiled)
print(compiled.params)
for label, fn in [("str", lambda: str(upd)), ("sqlite", lambda: str(upd.compile(dialect=sqlite.dialect())))]:
    try:
        fn()
    except CompileError as e:
        print(label, "CompileError:", e)
print(update(user_account).where(user_account.c.id == address.c.user_id).values(fullname=address.c.email_address)
      .compile(dialect=mysql.dialect()))
d1 = delete(user_account).using(address).where(user_account.c.id == address.c.user_id)
print(d1)
print(d1.compile(dialect=mysql.dialect()))
d2 = (delete(user_account)
      .using(user_account.join(address, user_account.c.id == address.c.user_id))
      .where(address.c.email_address.like("%@spam.com")))
print(d2.compile(dialect=mysql.dialect()))
try:
    delete(user_account).using("address")
except Exception as e:
    print(type(e).__name__, e)
with engine.begin() as conn:
    conn.execute(insert(user_account), [{"id": 1, "name": "pat"}, {"id": 2, "name": "sam"}])
    conn.execute(insert(address), [{"user_id": 1, "email_address": "pat@aol.com"}])
    try:
        conn.execute(d1)
    except CompileError as e:
        print("execute:", e)
    n = conn.execute(delete(user_account).where(user_account.c.id.not_in(select(address.c.user_id)))).rowcount
    print(n, conn.execute(select(user_account.c.name)).scalars().all())
