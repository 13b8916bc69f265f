def to_dict(obj):
    return {c.key: getattr(obj, c.key) for c in object_mapper(obj).column_attrs}


with Session(engine) as s:
    b = Book(title="Dune")
    s.add(b)
    s.commit()
    print(class_mapper(Book) is Book.__mapper__, object_mapper(b) is class_mapper(Book))
    print(to_dict(b), [c.name for c in class_mapper(Book).columns])
    print(was_deleted(b))
    s.delete(b)
    s.flush()
    print(was_deleted(b))
    s.commit()

for f, arg in ((class_mapper, Plain), (class_mapper, 5), (object_mapper, Plain()), (object_mapper, 5)):
    try:
        f(arg)
    except (UnmappedClassError, UnmappedInstanceError, ArgumentError) as e:
        print(type(e).__name__, e)
