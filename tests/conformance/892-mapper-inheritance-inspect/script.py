for cls in (Shape, Circle, Box, Cube):
    m = inspect(cls)
    print(cls.__name__, m.polymorphic_identity, m.inherits.class_.__name__ if m.inherits is not None else None, m.base_mapper.class_.__name__)
pm = Shape.__mapper__.polymorphic_map
print(sorted(pm), pm["cube"].class_.__name__, pm is Cube.__mapper__.polymorphic_map or sorted(Cube.__mapper__.polymorphic_map) == sorted(pm))
