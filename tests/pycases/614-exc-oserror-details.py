class StorageError(OSError):
    pass

errors = [OSError(5, "I/O error"), OSError(28, "No space left", "/tmp/x"), OSError("plain"),
          StorageError(28, "No space left", "db.sqlite"), OSError(), StorageError(2, "gone")]
for e in errors:
    print(type(e).__name__, "|", e, "|", e.args, e.errno, e.strerror, e.filename)
try:
    raise StorageError(5, "I/O error", "data.bin")
except OSError as err:
    print(f"caught {err!r}: {err}", isinstance(err, StorageError), err.errno == 5)
x = ValueError("base")
x.add_note("first note")
x.add_note("second note")
print(x.__notes__, x.with_traceback(None) is x, str(x))
def check(path):
    if not path.endswith(".db"):
        raise StorageError(22, "Invalid argument", path)
    return path
for p in ("a.db", "b.txt"):
    try:
        print("ok", check(p))
    except StorageError as e:
        print("bad", e.filename, e)
check("final.txt")
