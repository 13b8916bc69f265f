with Session(engine) as s:
    egg, flour, eggplant, milk = (Ingredient(name=n) for n in ("egg", "flour", "eggplant", "milk"))
    s.add_all([
        Recipe(name="pancake", lines=[Line(ingredient=egg, grams=50), Line(ingredient=flour, grams=200), Line(ingredient=milk, grams=300)]),
        Recipe(name="moussaka", lines=[Line(ingredient=eggplant, grams=400)]),
        Recipe(name="bread", lines=[Line(ingredient=flour, grams=500)]),
    ])
    s.commit()
    pancake = s.scalars(select(Recipe).where(Recipe.name == "pancake")).one()
    print(list(pancake.ingredient_names), "egg" in pancake.ingredient_names)
    print(s.scalars(select(Recipe.name).where(Recipe.ingredient_names.contains("egg")).order_by(Recipe.name)).all())
    print(s.scalars(select(Recipe.name).where(Recipe.ingredient_names.contains("flour")).order_by(Recipe.name)).all())
    print(s.scalars(select(Recipe.name).where(Recipe.ingredient_names.any(Ingredient.name.startswith("egg"))).order_by(Recipe.name)).all())
    print(s.scalars(select(Line.grams).where(Line.ingredient_name == "flour").order_by(Line.grams)).all())
    print(s.scalars(select(Line.grams).where(Line.ingredient_name.contains("egg")).order_by(Line.grams)).all())
    print(select(Recipe.name).where(Recipe.ingredient_names.contains("egg")))
