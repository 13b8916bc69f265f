from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except ValueError as e:
        log.append(f"rollback {e}")
        raise
    finally:
        log.append("end")

with transaction(log := []):
    log.append("work")
print(log)
log = []
try:
    with transaction(log):
        raise ValueError("bad")
except ValueError as e:
    print("reraised", e, log)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["x"]
print("continues")

try:
    with contextmanager(lambda: iter(()))():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
