import warnings

def warn_twice(msg):
    for _ in range(2):
        warnings.warn(msg, UserWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warn_twice("a")
    warn_twice("a")
    warn_twice("b")
    print("once:", [str(x.message) for x in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warn_twice("c")
    print("ignore:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("user")
    print("mixed:", [x.category.__name__ for x in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
try:
    warnings.simplefilter("loud")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
