from sqlalchemy import create_engine, select, text, insert, JSON, null
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
print(Doc.__table__.c.body.type.none_as_null, Doc.__table__.c.extra.type.none_as_null)
with Session(engine) as s:
    s.add_all([Doc(title="a", body=None, extra=None), Doc(title="b", body={"k": [1, 2]}, extra={"z": None}), Doc(title="c", body=JSON.NULL)])
    s.commit()
    print(s.execute(text("SELECT title, body, extra FROM doc ORDER BY id")).all())
    print(s.scalars(select(Doc.title).where(Doc.body.is_(None))).all(), s.scalars(select(Doc.title).where(Doc.extra.is_(None))).all())
    d = s.get(Doc, 2)
    d.body = None
    s.commit()
    print(s.execute(text("SELECT body FROM doc WHERE id = 2")).scalar())
    s.execute(insert(blob), [{"data": None}, {"data": [1]}])
    print(s.execute(text("SELECT id, data FROM blob")).all(), s.execute(select(blob)).all())
Base.metadata.drop_all(engine)
