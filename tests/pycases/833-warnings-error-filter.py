import warnings

warnings.simplefilter("error")
try:
    warnings.warn("this becomes an exception")
except UserWarning as e:
    print("caught UserWarning:", e)
try:
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    print("caught", type(e).__name__, e.args)
print(issubclass(UserWarning, Warning), issubclass(Warning, Exception))
print(DeprecationWarning.__mro__[1].__name__)
try:
    warnings.warn(RuntimeWarning("instance warning"))
except Warning as e:
    print(type(e).__name__, str(e))
print("next raises uncaught")
warnings.warn("final", FutureWarning)
print("unreachable")
