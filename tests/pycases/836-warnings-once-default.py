import warnings

def check(v):
    if v < 0:
        warnings.warn("negative value")
    return abs(v)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for v in (-1, -2, 3):
        check(v)
print("always:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for v in (-1, -2, -3):
        check(v)
    warnings.warn("other")
print("once:", len(log), [str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    check(-5)
print("ignore:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("error", UserWarning)
    try:
        check(-9)
    except UserWarning as e:
        print("error:", e, len(log))
