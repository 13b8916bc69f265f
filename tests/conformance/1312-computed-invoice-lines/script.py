from sqlalchemy import select, func
from sqlalchemy.schema import CreateTable
from sqlalchemy.exc import IntegrityError

print(CreateTable(Line.__table__))
with Session(engine) as s:
    inv = Invoice(customer="ACME", discount_pct=10)
    inv.lines = [Line(description="bolts", qty=100, unit_price=0.05), Line(description="nuts", qty=3, unit_price=1.2)]
    s.add(inv)
    s.commit()
    print([l.line_total for l in inv.lines], inv.subtotal, inv.total)
    inv.lines[0].qty = 200
    s.commit()
    print(inv.lines[0].line_total, inv.total)
    print(s.execute(select(Line.description, Line.line_total).where(Line.line_total > 5)).all())
    print(s.scalar(select(func.sum(Line.line_total))))
    inv.lines.append(Line(description="bad", qty=0, unit_price=1))
    try:
        s.commit()
    except IntegrityError:
        s.rollback()
        print("rejected qty=0", len(inv.lines))
