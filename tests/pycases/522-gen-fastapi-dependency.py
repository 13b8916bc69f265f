# FastAPI-style dependencies: a generator yields a resource, cleanup runs after the request
class Session:
    opened = 0

    def __init__(self):
        Session.opened += 1
        self.n = Session.opened
        self.closed = False

    def close(self):
        self.closed = True
        print(f"session {self.n} closed")

def get_db():
    db = Session()
    try:
        yield db
    finally:
        db.close()

def solve(dependency, handler):
    gen = dependency()
    value = next(gen)
    try:
        result = handler(value)
    except Exception as exc:
        try:
            gen.throw(exc)
        except type(exc):
            print("handler failed:", exc)
        return None
    else:
        for _ in gen:
            pass
        return result

print(solve(get_db, lambda db: f"ok from {db.n}"))
print(solve(get_db, lambda db: 1 / 0))
print(Session.opened)
