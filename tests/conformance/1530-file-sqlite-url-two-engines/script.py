print(engine.url, engine.url.database, engine.dialect.name, engine.url.drivername)
db = SessionLocal()
for e in ["a@x.io", "b@x.io"]:
    db.add(User(email=e, hashed_password=e[::-1] + "notreallyhashed"))
db.commit()
print(db.scalars(select(User.email)).all(), db.scalar(select(func.count(User.id))))
db.close()
engine2 = create_engine("sqlite:///sql_app.db")
with engine2.connect() as conn:
    print(conn.execute(select(User.email).order_by(User.id)).scalars().all())
print(sorted(inspect(engine2).get_table_names()), sorted(ix["name"] for ix in inspect(engine2).get_indexes("users")))
Base.metadata.drop_all(bind=engine)
print(inspect(engine).get_table_names())
