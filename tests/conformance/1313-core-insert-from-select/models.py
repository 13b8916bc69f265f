from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, Float, ForeignKey

engine = create_engine("sqlite://")
meta = MetaData()
employees = Table("employees", meta,
    Column("id", Integer, primary_key=True),
    Column("name", String(30)),
    Column("dept", String(20)),
    Column("salary", Float),
    Column("active", Integer, default=1))
archive = Table("employees_archive", meta,
    Column("id", Integer, primary_key=True),
    Column("name", String(30)),
    Column("dept", String(20)))
dept_stats = Table("dept_stats", meta,
    Column("dept", String(20), primary_key=True),
    Column("headcount", Integer),
    Column("payroll", Float))
meta.create_all(engine)
