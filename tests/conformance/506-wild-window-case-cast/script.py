s = Session(engine)
stmt = select(Sale.rep, func.count().over().label("total_rows"),
              func.sum(Sale.amount).over(partition_by=Sale.region).label("region_total"),
              func.rank().over(order_by=desc(Sale.amount)).label("rnk"),
              func.row_number().over(partition_by=Sale.region, order_by=Sale.amount.desc()).label("rn")).order_by(Sale.id)
print(stmt)
for row in s.execute(stmt):
    print(row.rep, row.total_rows, row.region_total, row.rnk, row.rn)
size = case((Sale.amount >= 50, "big"), (Sale.amount >= 30, "mid"), else_="small").label("size")
print(s.query(Sale.rep, size).order_by(Sale.rep).all())
print(select(case({"n": "North", "s": "South"}, value=Sale.region, else_="?")))
print(s.scalars(select(case({"n": "North", "s": "South"}, value=Sale.region)).order_by(Sale.id)).all())
print(s.query(cast(Sale.amount, String) + literal("!")).order_by(Sale.id).limit(2).all())
print(s.query(cast(Sale.amount, Float) / 3).filter(Sale.rep == "ann").scalar())
print(select(cast(Sale.amount, Numeric(10, 2))))
print(s.query(func.sum(case((Sale.region == "n", Sale.amount), else_=0))).scalar())
print(s.query(Sale.region, func.avg(Sale.amount), func.max(Sale.amount), func.min(Sale.rep)).group_by(Sale.region).order_by(Sale.region).all())
print(s.execute(select(func.coalesce(func.sum(Sale.amount), 0)).where(Sale.region == "x")).scalar())
print(s.query(func.count(Sale.id).label("n"), Sale.region).group_by(Sale.region).having(func.count(Sale.id) > 2).all())
print(s.query(func.lower(Sale.rep), func.length(Sale.rep)).first())
print(s.query(func.upper(Sale.rep).label("u")).order_by(desc("u")).first().u)
