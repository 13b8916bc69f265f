from sqlalchemy.orm import Session
from sqlalchemy import select

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
stmt = text("INSERT INTO setting (name, value) VALUES (:name, :value)").bindparams(bindparam("value", type_=JSON))
with Session(engine) as s:
    s.execute(stmt, {"name": "theme", "value": {"dark": True, "accent": "teal"}})
    s.execute(stmt, [{"name": "langs", "value": ["en", "fr"]}, {"name": "none", "value": None}, {"name": "n", "value": 3.5}])
    s.commit()
    print(s.execute(text("SELECT name, value FROM setting ORDER BY id")).all())
    print(s.scalars(select(Setting.value).order_by(Setting.id)).all())
    q = text("SELECT name, value FROM setting WHERE id < :n").columns(name=String, value=JSON).bindparams(n=3)
    for row in s.execute(q):
        print(row.name, row.value, type(row.value).__name__)
    try:
        s.execute(text("INSERT INTO setting (name, value) VALUES (:name, :value)"), {"name": "bad", "value": {"a": 1}})
    except Exception as e:
        print(type(e).__name__)
Base.metadata.drop_all(engine)
