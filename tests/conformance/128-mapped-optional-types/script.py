with Session(engine) as s:
    s.add(Recipe(name="Dal", vegan=True, kcal=410.5))
    s.add(Recipe(name="Omelette", servings=1, rating=4))
    s.add(Recipe(name="Salad", vegan=True, notes="add lemon", rating=5, kcal=120.0))
    s.commit()
    for r in s.scalars(select(Recipe).order_by(Recipe.name)):
        flags = ("vegan" if r.vegan else "veg?") + (f", {r.rating}*" if r.rating else "")
        print(f"{r.name:<10}|{r.servings:>2}|{r.kcal}|{flags}|{r.notes}")
    vegan_kcal = s.scalars(select(Recipe.kcal).where(Recipe.vegan)).all()
    print(sum(vegan_kcal), max(vegan_kcal))
    s.add(Recipe(name=None))
    s.commit()
