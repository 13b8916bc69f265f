def state(obj):
    insp = inspect(obj)
    return [s for s in ("transient", "pending", "persistent", "deleted", "detached") if getattr(insp, s)]


a = Author(name="ann", email="ann@x")
insp = inspect(a)
print(state(a), insp.identity, insp.key, insp.has_identity, insp.session is None)
print(sorted(insp.unloaded), insp.attrs.name.history, insp.attrs.id.history)
print(insp.modified, insp.object is a, insp.mapper.class_.__name__, inspect(insp) is insp)
session.add(a)
print(state(a), insp.session is session)
session.flush()
print(state(a), insp.identity, insp.key[0].__name__, insp.key[1:], insp.has_identity)
print(insp.attrs.name.history, insp.modified)
session.commit()
print(state(a), insp.expired, sorted(insp.unloaded), sorted(insp.expired_attributes))
print(a.name, insp.expired, sorted(insp.unloaded))
a.name = "anne"
h = insp.attrs.name.history
print(h.added, h.deleted, h.unchanged, h.has_changes(), h.empty())
print(insp.attrs.email.history, insp.attrs.email.history.has_changes())
print(insp.attrs.name.value, insp.attrs.name.loaded_value, insp.modified, session.is_modified(a))
added, unchanged, deleted = insp.attrs.email.history
print(added, unchanged, deleted)
b = Book(title="Dune")
a.books.append(b)
bh = insp.attrs.books.history
print(bh.added, bh.unchanged, bh.deleted)
print(inspect(b).attrs.author.history.added)
print([k for k in insp.attrs.keys()], len(insp.attrs), "books" in insp.attrs)
session.commit()
print(a.books, insp.attrs.books.history)
session.delete(b)
print(state(b))
session.flush()
print(state(b), inspect(b).was_deleted)
session.commit()
print(state(b), inspect(b).session)
session.expunge(a)
print(state(a), insp.session)
try:
    inspect(42)
except Exception as e:
    print(type(e).__name__)
print(inspect(42, raiseerr=False))
