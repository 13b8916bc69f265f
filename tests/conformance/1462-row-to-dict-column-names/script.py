def object_as_dict(obj):
    return {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}


with Session(engine) as s:
    a = Author(full_name="Le Guin", books=[Book(title="Earthsea", pages=200), Book(title="Dispossessed")])
    s.add(a)
    s.commit()
    b = s.get(Book, 1)
    print(b.as_dict())
    print(object_as_dict(b))
    try:
        print(a.as_dict())
    except AttributeError as e:
        print("AttributeError:", e)
    print(object_as_dict(a))
    print(Author.__table__.columns.keys(), Author.__mapper__.columns.keys())
    print([c.key for c in inspect(Author).column_attrs], list(inspect(Author).relationships.keys()))
    print(json.dumps([object_as_dict(x) for x in a.books], indent=1))
    print([(c.name, str(c.type), c.nullable, c.primary_key) for c in Book.__table__.c])
    print({k: v for k, v in object_as_dict(a).items() if v is not None})
    row = s.execute(select(Book.title, Book.pages)).first()
    print(dict(row._mapping), row._asdict())
    print([dict(r) for r in s.execute(select(Book.id, Book.title).order_by(Book.id)).mappings()])
