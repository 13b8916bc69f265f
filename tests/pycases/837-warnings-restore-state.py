import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning:
        print("raised inside block")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("outside again")
print("recorded after restore:", [str(w.message) for w in log])
print("filters is list:", isinstance(warnings.filters, list))
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner 1")
    warnings.warn("outer 2")
print([str(w.message) for w in outer])
print([str(w.message) for w in inner])
