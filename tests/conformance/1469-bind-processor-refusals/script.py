from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session
from sqlalchemy.exc import StatementError

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
print(Entry.__table__.c.level.type.validate_strings, Entry.__table__.c.loose.type.validate_strings)
attempts = [dict(mood=Mood.happy, level="low", loose="zzz"), dict(mood="sad", level="LOW"), dict(mood="h"),
            dict(mood=Mood.sad, done="no"), dict(mood=Mood.sad, done=2), dict(mood=Mood.sad, done=1, level=None)]
with Session(engine) as s:
    for kw in attempts:
        s.add(Entry(**kw))
        try:
            s.commit()
            print("ok", sorted(kw))
        except StatementError as e:
            s.rollback()
            print(type(e).__name__, type(e.orig).__name__, e.orig)
    print(s.execute(text("SELECT mood, level, loose, done FROM entry ORDER BY id")).all())
    s.execute(text("UPDATE entry SET mood = 'angry' WHERE id = 1"))
    s.expire_all()
    try:
        print(s.scalars(select(Entry).order_by(Entry.id)).all())
    except LookupError as e:
        print("LookupError:", e)
    s.rollback()
