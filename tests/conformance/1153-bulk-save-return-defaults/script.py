from sqlalchemy import inspect

session = Session()
plain = [Stock(symbol="AAA"), Stock(symbol="BBB", qty=3)]
session.bulk_save_objects(plain)
print([s.id for s in plain])
tracked = [Stock(symbol="CCC", qty=1), Stock(symbol="DDD", qty=2), Stock(symbol="EEE")]
session.bulk_save_objects(tracked, return_defaults=True)
print([s.id for s in tracked], [s.qty for s in tracked])
print(tracked[0] in session, inspect(tracked[0]).transient)
session.commit()
print(session.query(Stock).order_by(Stock.id).all())
try:
    session.bulk_save_objects([Stock(symbol="FFF"), "GGG"])
except Exception as e:
    print(type(e).__name__, e)
session.close()
