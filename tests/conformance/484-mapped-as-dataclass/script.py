a = Author("Ann")
b = Book("Dune", 412, note="classic", author=a)
print(a, b, a.rating)
print(a.books, b.author is a)
print(Book("Dune", 1) == Book("Dune", 2), Book("Dune") == Book("Emma"))
print([f.name for f in dataclasses.fields(Book)])
print([(f.name, f.init, f.kw_only) for f in dataclasses.fields(Author)])
print(dataclasses.is_dataclass(a), Author.__match_args__)
for bad in (lambda: Author(), lambda: Author("a", 1, [], 4), lambda: Book("x", bogus=1),
            lambda: Book("x", title="y"), lambda: hash(a)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
g = Gadget(id=5)
print(type(repr(g)).__name__, g.label, g == Gadget(id=5, label="x"))
try:
    Gadget(5)
except TypeError as e:
    print("TypeError", e)
with Session(engine) as s:
    s.add_all([a, g])
    s.commit()
    print(s.scalars(select(Book)).one())
    print(s.get(Author, 1), dataclasses.asdict(s.get(Gadget, 5)))
    c = s.get(Author, 1)
    c.books.append(Book("Emma", author=None))
    s.commit()
    print([bk.title for bk in c.books], dataclasses.replace(c.books[0], pages=9).pages)
