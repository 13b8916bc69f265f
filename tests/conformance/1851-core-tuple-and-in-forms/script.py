with engine.begin() as conn:
    conn.execute(insert(members), [
        {"id": 1, "team": "red", "level": 1},
        {"id": 2, "team": "red", "level": 2},
        {"id": 3, "team": "blue", "level": 1},
        {"id": 4, "team": "blue", "level": None},
    ])
    conn.execute(insert(badges), [
        {"id": 1, "member_id": 1, "title": "gold"},
        {"id": 2, "member_id": 3, "title": "silver"},
    ])

def ids(conn, stmt, params=None):
    return [r.id for r in conn.execute(stmt.order_by(members.c.id), params)]

with engine.connect() as conn:
    pair = tuple_(members.c.team, members.c.level)
    print(select(members.c.id).where(pair == ("red", 2)))
    print(ids(conn, select(members.c.id).where(pair == ("red", 2))))
    print(ids(conn, select(members.c.id).where(pair != ("red", 2))))
    stmt = select(members.c.id).where(pair.in_([("red", 1), ("blue", 1)]))
    print(stmt)
    print(ids(conn, stmt))
    print(ids(conn, select(members.c.id).where(pair.not_in([("red", 1), ("blue", 1)]))))
    print(ids(conn, select(members.c.id).where(pair.in_([]))))

    owners = select(badges.c.member_id)
    print(select(members.c.id).where(members.c.id.in_(owners)))
    print(ids(conn, select(members.c.id).where(members.c.id.in_(owners))))
    print(ids(conn, select(members.c.id).where(members.c.id.not_in(owners))))
    print(ids(conn, select(members.c.id).where(members.c.id.in_(owners.where(badges.c.title == "gold")))))
    print(ids(conn, select(members.c.id).where(members.c.id.in_(owners.scalar_subquery()))))

    chosen = select(members.c.id).where(members.c.id.in_(bindparam("ids", expanding=True)))
    print(chosen)
    print(ids(conn, chosen, {"ids": [2, 4]}))
    print(ids(conn, chosen, {"ids": []}))
    print(ids(conn, chosen, {"ids": [3]}))
    skip = select(members.c.id).where(members.c.id.not_in(bindparam("ids", expanding=True)))
    print(ids(conn, skip, {"ids": []}))
    print(ids(conn, skip, {"ids": [1, 2]}))
    print(ids(conn, select(members.c.id).where(members.c.id.in_([]))))
    print(ids(conn, select(members.c.id).where(members.c.id.not_in([]))))
    print(ids(conn, select(members.c.id).where(members.c.level.in_([1, None]))))
