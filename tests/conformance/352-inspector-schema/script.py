insp = inspect(engine)
print(insp.get_table_names(), insp.has_table("players"), insp.has_table("coaches"))
for col in insp.get_columns("players"):
    print(col["name"], col["type"], col["nullable"], col["default"], col["primary_key"])
print([(c["name"], repr(c["type"])) for c in insp.get_columns("teams")])
for fk in insp.get_foreign_keys("players"):
    print(fk)
print(insp.get_foreign_keys("teams"))
print(insp.get_pk_constraint("teams"))
print(insp.get_unique_constraints("teams"))
print(insp.default_schema_name, insp.get_schema_names())
try:
    insp.get_columns("coaches")
except Exception as e:
    print(type(e).__name__)
with engine.connect() as conn:
    print(inspect(conn).get_table_names())
