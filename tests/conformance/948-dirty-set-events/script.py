from sqlalchemy import inspect

session = Session(engine)
ann = Author(name="ann", email="a@x.org")
session.add(ann)
session.commit()

print(session.dirty, session.is_modified(ann))
ann.name = ann.name          # same value: dirty, but no net change
print(session.dirty, session.is_modified(ann), inspect(ann).modified)
session.flush()              # nothing to UPDATE
print(session.dirty, inspect(ann).modified)

session.commit()
ann.email = None             # expired attribute set: no old value known
hist = inspect(ann).attrs.email.history
print(hist.added, hist.deleted, session.is_modified(ann))
session.commit()             # UPDATE email=NULL even though it may be unchanged
print(session.get(Author, 1).email)

ann.name = "Ann"
print(inspect(ann).attrs.name.history)
session.expire(ann)
print(session.dirty, inspect(ann).modified)
b = Book(title="t1")
ann.books.append(b)
print(ann in session.dirty, b in session.dirty, b in session.new)
session.commit()
session.delete(ann)
ann.name = "gone"
print(ann in session.dirty, ann in session.deleted)
session.rollback()
print(session.dirty, [a.name for a in session.query(Author)])
