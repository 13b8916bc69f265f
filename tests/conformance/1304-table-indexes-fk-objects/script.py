from sqlalchemy.schema import CreateTable, CreateIndex
from sqlalchemy import inspect

t = Employee.__table__
print(CreateTable(t))
for ix in sorted(t.indexes, key=lambda i: i.name):
    print(ix.name, ix.unique, [c.key for c in ix.columns], ix.table.name)
    print(CreateIndex(ix))
print([repr(ix) for ix in Department.__table__.indexes])
for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name):
    print(fk.parent.name, "->", fk.column, fk.target_fullname, fk.name, fk.ondelete, fk.onupdate)
print(t.c.dept_id.foreign_keys == set() , [str(fk.column) for fk in t.c.dept_id.foreign_keys])
print(inspect(engine).get_foreign_keys("employee"))
print(sorted(ix["name"] for ix in inspect(engine).get_indexes("employee")))
