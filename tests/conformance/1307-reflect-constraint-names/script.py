from sqlalchemy import inspect

insp = inspect(engine)
for name in ("account", "legacy"):
    print(insp.get_unique_constraints(name))
    print(insp.get_check_constraints(name))
reflected = Table("account", MetaData(), autoload_with=engine)
print(sorted(str(c.name) for c in reflected.constraints))
