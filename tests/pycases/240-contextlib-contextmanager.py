from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield len(log)
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")
    finally:
        log.append("end")

log = []
with transaction(log) as n:
    log.append(f"work {n}")
with transaction(log):
    raise ValueError("bad data")
print(log)
try:
    with transaction(log):
        raise KeyError("other")
except KeyError as e:
    print("escaped", e, log[-2:])
