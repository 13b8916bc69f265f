import warnings
from sqlalchemy import select, exc
from sqlalchemy.orm import Session

print(Base.__name__, Note.__tablename__, isinstance(Note(), Base), Note.__table__.c.keys())
with Session(engine) as s:
    s.add_all([Note(body="a"), Note(body="b")])
    s.commit()
    print([n.describe() for n in s.scalars(select(Note))])

u = URL.create("mysql+pymysql", username="bob", password="p@ss/w:rd", host="db.local", database="shop", query={"charset": "utf8mb4"})
print(u)
print(u.render_as_string(hide_password=False))
print(u.password, u.port, u.query, u.get_backend_name(), u.get_driver_name())
m = make_url("postgresql://alice:secret@[::1]:5433/analytics?opt=a&opt=b&sslmode=disable")
print(m.host, m.port, m.database, m.query, m.normalized_query["sslmode"])
print(m.update_query_dict({"app": "x y"}), m.difference_update_query(["opt"]))
print(m.translate_connect_args(username="user"), m.get_driver_name())
print(make_url("sqlite:///C:/path/db.sqlite").database, make_url("sqlite:////abs/file.db").database)
print(make_url(u) is u, u == make_url(u.render_as_string(hide_password=False)), u == m, hash(u) == hash(str(u)))
print(u.set(host="other", port=3307), repr(u.set(username="eve")))
print(engine.url, repr(engine), engine.url.get_backend_name(), engine.dialect.name, engine.driver)
try:
    make_url("not a url")
except exc.ArgumentError as e:
    print("ArgumentError:", e)
try:
    make_url(42)
except exc.ArgumentError as e:
    print("ArgumentError:", e)
try:
    u.query["x"] = "1"
except TypeError as e:
    print("TypeError:", e)
print(issubclass(exc.SAWarning, RuntimeWarning), issubclass(exc.SADeprecationWarning, DeprecationWarning), issubclass(exc.MovedIn20Warning, exc.SADeprecationWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful", exc.SAWarning)
print([(w.category.__name__, str(w.message)) for w in caught], exc.SAWarning.__module__)
