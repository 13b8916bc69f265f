print(paints.c.color.type.enums, paints.c.plain.type.enums, paints.c.color.type.length, paints.c.plain.type.length)
print(repr(paints.c.color.type))
with engine.begin() as conn:
    conn.execute(insert(paints), [
        {"name": "a", "color": Color.RED, "plain": Color.RED},
        {"name": "b", "color": Color.BLUE_ISH, "plain": Color.GREEN},
        {"name": "c", "color": "g", "plain": "BLUE_ISH"},
    ])
    print(conn.execute(text("SELECT name, color, plain FROM paints ORDER BY id")).all())
    rows = conn.execute(select(paints.c.name, paints.c.color, paints.c.plain).order_by(paints.c.id)).all()
    print(rows)
    print([r.color.value for r in rows], [r.plain.name for r in rows])
    print(conn.execute(select(paints.c.name).where(paints.c.color == Color.BLUE_ISH)).scalars().all())
    print(conn.execute(select(paints.c.name).where(paints.c.color.in_([Color.RED, Color.GREEN])).order_by(paints.c.name)).scalars().all())
    conn.execute(update(paints).where(paints.c.name == "a").values(color=Color.GREEN))
    print(conn.execute(select(paints.c.color).where(paints.c.name == "a")).scalar())
    print(select(paints.c.name).where(paints.c.color == Color.RED).compile(compile_kwargs={"literal_binds": True}))
