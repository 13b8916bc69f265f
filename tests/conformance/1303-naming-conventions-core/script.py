from sqlalchemy.schema import CreateTable, CreateIndex

print(CreateTable(author))
print(CreateTable(post))
for t in (author, post):
    for ix in sorted(t.indexes, key=lambda i: i.name):
        print(ix.name, ix.unique, [c.name for c in ix.columns])
        print(CreateIndex(ix))
    print(sorted(c.name for c in t.constraints))
plain = MetaData()
t = Table("t", plain, Column("id", Integer, primary_key=True), Column("code", String(5), index=True, unique=True))
print(CreateTable(t))
print([(ix.name, ix.unique) for ix in t.indexes], sorted(str(c.name) for c in t.constraints))
