s = Session()
w1 = Warehouse(code="NYC", city="New York")
w2 = Warehouse(code="LA", city="Los Angeles")
w1.stock = [StockLevel(sku="X1", qty=5), StockLevel(sku="Y2", qty=0)]
w2.stock.append(StockLevel(sku="X1", qty=12))
s.add_all([w1, w2])
s.commit()
print(s.get(StockLevel, ("NYC", "X1")), s.get(StockLevel, {"warehouse_code": "LA", "sku": "X1"}))
print(s.get(StockLevel, ("LA", "Y2")), s.query(StockLevel).get(("NYC", "Y2")))
lvl = s.get(StockLevel, ("NYC", "X1"))
for d in (3, -2, 10):
    lvl.movements.append(Movement(delta=d))
    lvl.qty += d
s.commit()
print(lvl, [(m.wh, m.sku, m.delta) for m in lvl.movements])
print(s.query(Movement).filter(Movement.level == lvl).count())
dup = StockLevel(warehouse_code="LA", sku="X1", qty=1)
s.add(dup)
try:
    s.commit()
except Exception as e:
    print(type(e).__name__)
    s.rollback()
print(s.query(StockLevel).order_by(StockLevel.warehouse_code, StockLevel.sku).all())
from sqlalchemy import inspect
print(inspect(lvl).identity, inspect(StockLevel).primary_key[1].name)
w2.stock.clear()
s.commit()
print(s.query(StockLevel).count())
