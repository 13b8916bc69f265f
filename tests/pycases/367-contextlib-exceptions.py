from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad row")
print(log)
try:
    with transaction(log):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e), log[-1])
