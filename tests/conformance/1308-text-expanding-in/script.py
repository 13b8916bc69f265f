stmt = text("SELECT name FROM city WHERE country IN :codes AND pop > :min ORDER BY name").bindparams(
    bindparam("codes", expanding=True), min=250
)
print(stmt)
with engine.connect() as conn:
    print(conn.execute(stmt, {"codes": ["NO", "FR"]}).scalars().all())
    print(conn.execute(stmt, {"codes": ("PT",), "min": 100}).scalars().all())
    print(conn.execute(stmt, {"codes": []}).all())
    fixed = text("SELECT count(*) FROM city WHERE id IN :ids").bindparams(bindparam("ids", value=[1, 3, 5], expanding=True))
    print(conn.execute(fixed).scalar())
    print(conn.execute(text("SELECT name FROM city WHERE id = :i").bindparams(bindparam("i", type_=Integer, value=2))).scalar())
    try:
        text("SELECT 1 WHERE 1 = :a").bindparams(bindparam("b"))
    except Exception as e:
        print(type(e).__name__)
