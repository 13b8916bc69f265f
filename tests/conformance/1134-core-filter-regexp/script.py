with engine.begin() as conn:
    conn.execute(words.insert(), [
        {"word": "sandy", "n": 1}, {"word": "spongebob", "n": 2},
        {"word": "patrick", "n": 3}, {"word": None, "n": 4}, {"word": "squidward", "n": 5},
    ])

c = words.c
stmts = [
    select(func.count(c.id).filter(c.word.endswith("y"))),
    select(func.count(c.id).filter(c.word.endswith("d"), c.n > 2)),
    select(func.sum(c.n).filter(c.n > 1).filter(c.word.startswith("s"))),
    select(func.count(c.id).filter(or_(c.n == 1, c.word.contains("rick")))),
    select(c.word).where(c.word.regexp_match("^s.*d$")).order_by(c.id),
    select(c.word).where(c.word.regexp_match("o")).order_by(c.word),
    select(c.word).where(~c.word.regexp_match("^s")).order_by(c.id),
    select(c.word.regexp_match("b{2}|ck").label("m")).order_by(c.id),
]
with engine.connect() as conn:
    for stmt in stmts:
        print(stmt)
        print("->", conn.execute(stmt).all())
    try:
        conn.execute(select(c.word).where(c.word.regexp_match("(unclosed")))
    except Exception as e:
        print(type(e).__name__, e.orig)
