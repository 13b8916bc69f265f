from sqlalchemy import select, inspect
from sqlalchemy.orm import Session

with Session(engine) as s:
    docs = Folder(name="docs", files=[File(name="a.txt"), File(name="b.txt")])
    tmp = Folder(name="tmp", files=[File(name="x.log")])
    s.add_all([docs, tmp])
    s.commit()

    # Changed my mind: delete, then add back before anything is flushed.
    s.delete(tmp)
    print(sorted(o.name for o in s.deleted))
    s.add(tmp)
    print("after add:", sorted(o.name for o in s.deleted), tmp in s.deleted, inspect(tmp).persistent)
    s.commit()
    print(s.scalars(select(Folder.name).order_by(Folder.id)).all())
    print(s.scalars(select(File.name).order_by(File.id)).all())

    # Deleting then re-adding the parent keeps the mark its cascade put on the children.
    s.delete(docs)
    s.add(docs)
    print(sorted(o.name for o in s.deleted))
    s.commit()
    print(s.scalars(select(File.name).order_by(File.id)).all(), docs.files)

    # Once the DELETE is flushed, add() is an error.
    s.delete(tmp)
    s.flush()
    try:
        s.add(tmp)
    except Exception as e:
        print(type(e).__name__, "has been deleted" in str(e))
    s.rollback()
    print(s.scalars(select(Folder.name).order_by(Folder.id)).all())
