import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="deprecated.*")
    warnings.filterwarnings("ignore", message="noise")
    try:
        warnings.warn("deprecated API in use")
    except UserWarning as e:
        print("error:", e)
    warnings.warn("noise ignored")
    warnings.warn("Noise too")
    print("no error for noise")
    try:
        warnings.warn("Deprecated capital")
    except UserWarning as e:
        print("case-insensitive:", e)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("future raised:", e.args)
    warnings.warn("fine", UserWarning)
print([str(r.message) for r in rec])
print(len(warnings.filters) >= 0, type(warnings.filters).__name__)
warnings.resetwarnings()
print(warnings.filters)
