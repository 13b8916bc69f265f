items = [
    ("A-1", "Apple juice", 2.5, 10, True),
    ("A-2", "apricot jam", 4.0, 0, True),
    ("B-1", "Bread", 1.75, 25, True),
    ("B-2", "Butter", 3.2, 3, False),
    ("C-1", "Cheese", 7.9, None, True),
]
for sku, name, price, stock, active in items:
    db.add(Product(sku=sku, name=name, price=price, stock=stock, active=active))
db.commit()


def names(q):
    return [p.name for p in q.order_by(Product.id).all()]


print(names(db.query(Product).filter(Product.name.like("A%"))))
print(names(db.query(Product).filter(Product.name.ilike("a%"))))
print(names(db.query(Product).filter(Product.sku.in_(["B-1", "C-1", "Z-9"]))))
print(names(db.query(Product).filter(Product.sku.not_in(["B-1", "C-1"]))))
print(names(db.query(Product).filter(or_(Product.price < 2, Product.price > 7))))
print(names(db.query(Product).filter(and_(Product.active == True, Product.stock > 0))))
print(names(db.query(Product).filter(not_(Product.active))))
print(names(db.query(Product).filter(Product.stock.is_not(None), Product.stock <= 3)))
print(names(db.query(Product).filter(Product.price.between(2, 4))))
print(names(db.query(Product).filter(Product.name.contains("an"))))
print(names(db.query(Product).filter(Product.sku.startswith("B"))))
print(names(db.query(Product).filter(Product.price != 2.5).filter_by(active=True)))
print([p.sku for p in db.query(Product).order_by(Product.price.desc()).limit(2)])
print(db.query(Product).filter(Product.stock == None).one().sku)
