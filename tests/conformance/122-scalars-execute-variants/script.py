session = Session(engine)
session.add_all(
    [
        City(name="Lyon", population=520000),
        City(name="Paris", population=2100000, capital=True),
        City(name="Nice", population=340000),
        City(name="Lille", population=230000),
    ]
)
session.commit()

print(session.scalars(select(City).order_by(City.population)).first())
print(session.scalar(select(City).where(City.capital == True)))
print(session.scalar(select(City.name).where(City.population < 300000)))
res = session.execute(select(City).where(City.name.startswith("L")).order_by(City.name))
for (city,) in res:
    print("row:", city.name)
for row in session.execute(select(City.name, City.population).order_by(City.id)):
    print(row.name, row[1], row.population > 500000)
print(session.execute(select(City.name).order_by(City.name)).scalars().all())
print(session.execute(select(City).where(City.id == 2)).scalar_one().name)
print(session.execute(select(City).where(City.id == 9)).scalar_one_or_none())
print(session.scalars(select(City.population).where(City.capital.is_(False)).order_by(City.population.desc())).all())
print(session.execute(select(City.id, City.name).where(City.id <= 2).order_by(City.id)).all())
print(session.scalars(select(City).limit(2).offset(1).order_by(City.id)).all())
print(session.execute(select(City.name).where(City.id == 1)).one())
