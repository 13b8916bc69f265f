s = Session()
s.add_all([
    Circle(name="c1", radius=1.0),
    Rectangle(name="r1", width=2, height=3.5),
    Square("s1", 4),
    Shape(name="blob"),
    Circle(name="c2", radius=0.5),
])
s.commit()
shapes = s.query(Shape).order_by(Shape.id).all()
print(shapes)
print(sorted(shapes, key=lambda sh: sh.area(), reverse=True)[0])
print(s.query(Rectangle).order_by(Rectangle.name).all())
print(s.query(Square).all(), s.query(Circle).count())
print(s.query(Shape.kind, Shape.name).order_by(Shape.kind, Shape.name).all())
print(s.query(Circle).filter(Circle.radius > 0.7).one())
print(s.query(Rectangle).filter(Rectangle.width == Rectangle.height).all())
print(isinstance(s.get(Shape, 3), Rectangle), type(s.get(Shape, 3)).__name__)
print(s.get(Circle, 2))
sq = s.query(Square).first()
sq.width = 5
s.commit()
print(s.query(Shape).filter_by(name="s1").one())
s.query(Circle).filter(Circle.radius < 1).delete()
s.commit()
print(s.query(Shape).count(), [type(x).__name__ for x in s.query(Shape).order_by(Shape.id)])
print(Shape.__mapper__.polymorphic_map.keys() >= {"circle", "rect"}, sorted(Shape.__mapper__.polymorphic_map))
