class Transaction:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db)
        print("begin")
        return self.db
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.db.clear()
            self.db.update(self.snapshot)
            print("rollback:", exc)
        else:
            print("commit")
        return True
db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print(db)
with Transaction(db) as t:
    t["balance"] -= 500
    raise ValueError("negative balance")
print(db)
