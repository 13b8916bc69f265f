from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, UniqueConstraint, CheckConstraint, text

metadata = MetaData()
account = Table(
    "account",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(50), unique=True),
    Column("org", String(10)),
    Column("login", String(20)),
    Column("age", Integer, CheckConstraint("age >= 18")),
    UniqueConstraint("org", "login", name="uq_account_org_login"),
    CheckConstraint("length(login) > 2", name="ck_login_len"),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(text('CREATE TABLE legacy (a INTEGER, b TEXT UNIQUE, c TEXT, CONSTRAINT "pair key" UNIQUE (a, c), CONSTRAINT c_ok CHECK (c IN (\'x\', \'y\')))'))
