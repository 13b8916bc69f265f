with engine.begin() as conn:
    conn.execute(insert(scores), [
        {"id": 1, "player": "ann", "points": 10},
        {"id": 2, "player": "bo", "points": None},
        {"id": 3, "player": "cy", "points": 30},
    ])

exprs = [
    5 < scores.c.id,
    5 >= scores.c.points,
    "bo" == scores.c.player,
    "x" != scores.c.player,
    literal(3) + scores.c.points,
    2 * scores.c.points,
    100 - scores.c.points,
    "Mr " + scores.c.player,
    7 / scores.c.points,
]
for e in exprs:
    print(e)

with engine.connect() as conn:
    print(conn.execute(select(scores.c.player).where(1 < scores.c.id).order_by(scores.c.id)).all())
    print(conn.execute(select(scores.c.id).where("bo" == scores.c.player)).all())
    print(conn.execute(select(literal(3) + scores.c.points, 100 - scores.c.points, "Mr " + scores.c.player).order_by(scores.c.id)).all())

    stmt = select(scores.c.id, func.coalesce(scores.c.points, None), func.coalesce(scores.c.points, 0)).order_by(scores.c.id)
    print(stmt)
    print(conn.execute(stmt).all())
    stmt = select(case((scores.c.points > 15, None), else_=scores.c.player)).order_by(scores.c.id)
    print(stmt)
    print(conn.execute(stmt).all())
    stmt = select(case((scores.c.points > 15, "high"), else_=None)).order_by(scores.c.id)
    print(stmt)
    print(conn.execute(stmt).all())
    stmt = select(literal(None), literal(None, Integer), null(), func.nullif(scores.c.points, None)).order_by(scores.c.id)
    print(stmt)
    print(conn.execute(stmt).all())
    print(case({1: None, 2: "two"}, value=scores.c.id))
    print(conn.execute(select(case({1: None, 2: "two"}, value=scores.c.id, else_="other")).order_by(scores.c.id)).all())
