with Session(engine) as s:
    fr = Country(iso="FR", name="France", cities=[City(name="Paris"), City(name="Lyon")])
    it = Country(iso="IT", name="Italy")
    s.add_all([fr, it, City(name="Nowhere")])
    s.commit()
    print(s.execute(select(City.name, City.country_iso).order_by(City.id)).all())
    rome = City(name="Rome", country=it)
    s.add(rome)
    s.commit()
    print(rome.country_iso, it.cities, fr.cities, s.get(City, 1).country.name)
    print(s.execute(select(Country.name, func.count(City.id)).outerjoin(Country.cities).group_by(Country.id).order_by(Country.name)).all())
    print(select(City.name).join(City.country))
    fr.iso = "FX"
    s.commit()
    print(s.execute(select(City.name, City.country_iso).order_by(City.id)).all())
    lyon = s.scalars(select(City).where(City.name == "Lyon")).one()
    lyon.country = None
    s.commit()
    print(lyon.country_iso, fr.cities)
