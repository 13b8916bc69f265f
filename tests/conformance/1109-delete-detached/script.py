with SessionLocal() as s:
    s.add_all([Album(title="Blue", tracks=[Track(name="a"), Track(name="b")]), Album(title="Red", tracks=[Track(name="c")])])
    s.commit()

with SessionLocal(expire_on_commit=False) as s:
    blue = s.scalars(select(Album).where(Album.title == "Blue")).one()
    red = s.scalars(select(Album).where(Album.title == "Red")).one()
print(inspect(blue).detached)

with SessionLocal() as s:
    s.delete(blue)
    print(inspect(blue).persistent, blue in s, blue in s.deleted)
    s.commit()
    print(inspect(blue).detached, inspect(blue).was_deleted)
    print(s.scalar(select(func.count()).select_from(Track)), s.scalars(select(Album.title)).all())

for label, make in [("transient", lambda s: Album(title="new")), ("pending", lambda s: s.add(Album(title="p")) or list(s.new)[0])]:
    with SessionLocal() as s:
        obj = make(s)
        try:
            s.delete(obj)
        except Exception as e:
            print(label, type(e).__name__, "is not persisted" in str(e))

s1 = SessionLocal()
s2 = SessionLocal()
red = s1.get(Album, red.id)
try:
    s2.delete(red)
except Exception as e:
    print(type(e).__name__)
s1.close()
s2.delete(red)
s2.delete(red)
print(len(s2.deleted))
s2.commit()
with SessionLocal() as s:
    print(s.scalar(select(func.count()).select_from(Album)), s.scalar(select(func.count()).select_from(Track)))
try:
    s.delete("not mapped")
except Exception as e:
    print(type(e).__name__)
with SessionLocal() as s:
    try:
        s.add(blue)
    except Exception as e:
        print(type(e).__name__, "has been deleted" in str(e))
    from sqlalchemy.orm import make_transient
    make_transient(blue)
    print(inspect(blue).was_deleted, inspect(blue).transient)
    blue.id = None
    s.add(blue)
    s.commit()
    print(blue.id, s.scalars(select(Album.title).order_by(Album.id)).all())
