import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy thing happened")
    warnings.warn("important thing happened")
    warnings.warn("NOISY uppercase")
    warnings.warn("prefix noisy")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message=r"bad \d+")
    try:
        warnings.warn("bad 42")
    except UserWarning as e:
        print("raised:", e)
    warnings.warn("bad x")
print([str(w.message) for w in log])
