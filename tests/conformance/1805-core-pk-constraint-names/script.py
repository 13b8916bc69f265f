from sqlalchemy import insert, select
from sqlalchemy.schema import CreateTable
from sqlalchemy.exc import IntegrityError

print(CreateTable(membership))
print(CreateTable(tag))
for t in (membership, tag, plain):
    print(t.name, t.primary_key.name, [c.name for c in t.primary_key], [(c.key, c.primary_key, c.nullable) for c in t.c])
print(membership.c.note.comment, membership.c.role.comment, sorted(ix.name for ix in plain.indexes), sorted(ix.name for ix in membership.indexes))
with engine.begin() as conn:
    conn.execute(insert(membership), [{"club_id": 1, "pid": 7, "role": "chair"}, {"club_id": 1, "pid": 8, "role": None}])
    conn.execute(insert(plain).values(name="Ann"))
    print(conn.execute(select(membership.c.pid, membership.c.role).order_by(membership.c.pid)).all())
try:
    with engine.begin() as conn:
        conn.execute(insert(membership).values(club_id=1, pid=7))
except IntegrityError as e:
    print("IntegrityError", e.orig)
try:
    with engine.begin() as conn:
        conn.execute(insert(plain).values(name="ANN"))
except IntegrityError as e:
    print("IntegrityError", e.orig)
