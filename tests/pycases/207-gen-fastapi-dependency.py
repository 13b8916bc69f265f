class Session:
    def __init__(self):
        self.closed = False
        print("session opened")

    def close(self):
        self.closed = True
        print("session closed")

def get_db():
    db = Session()
    try:
        yield db
    finally:
        db.close()

dependency = get_db()
db = next(dependency)
print("using", db.closed)
try:
    next(dependency)
except StopIteration:
    print("dependency finished")
print(db.closed)
