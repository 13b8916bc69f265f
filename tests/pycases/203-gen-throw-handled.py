def worker():
    while True:
        try:
            job = yield "ready"
            print("doing", job)
        except KeyError as e:
            print("recovered from", repr(e))
            yield "recovered"

w = worker()
print(next(w))
print(w.send("laundry"))
print(w.throw(KeyError("missing")))
print(next(w))
print(w.send("dishes"))
w.close()
print(w.send.__name__)
