for tbl in metadata.sorted_tables:
    print(CreateTable(tbl).compile(engine))
for ix in sorted(entry.indexes, key=lambda i: i.name):
    print(CreateIndex(ix))
print([c.name for c in sorted(account.constraints, key=lambda c: c.name or "")])
print(DropTable(pair), DropIndex(sorted(entry.indexes, key=lambda i: i.name)[0]))
with engine.begin() as conn:
    conn.execute(account.insert().values(email="a@x"))
    row = conn.execute(account.select()).one()
    print(row.id, row.email, row.balance, row.active, row.created is not None)
    try:
        conn.execute(account.update().values(balance=-5))
    except Exception as e:
        print(type(e).__name__, e.orig)
print(account.c.bio.comment, account.c.balance.server_default.arg, entry.primary_key.name, [fk.target_fullname for fk in pair.foreign_keys] if False else sorted(fk.target_fullname for fk in pair.foreign_keys))
metadata.drop_all(engine)
